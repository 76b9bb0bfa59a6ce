package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import tools.jackson.databind.node.ObjectNode;

/** A work item error whose body carries ADO's non-zero {@code errorCode}. */
final class WitException extends AdoException {

  private final int errorCode;

  WitException(
      int status, String typeName, String message, int errorCode, ObjectNode customProperties) {
    super(status, typeName, message, WitErrors.EVENT_ID, customProperties);
    this.errorCode = errorCode;
  }

  @Override
  public ObjectNode body() {
    ObjectNode body = super.body();
    body.put("errorCode", errorCode);
    return body;
  }
}
