package dev.adolink.server.tracker;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.adolink.server.system.ApiException;

public enum IssueStatus {
  UNRESOLVED,
  RESOLVED,
  IGNORED;

  @JsonValue
  public String wire() {
    return Wire.name(this);
  }

  /**
   * The status named by its wire name ({@code resolved}).
   *
   * @throws ApiException 400 naming {@code field} when it names none
   */
  public static IssueStatus parse(String field, String wire) {
    return Wire.parse(IssueStatus.class, wire)
        .orElseThrow(() -> ApiException.invalid(field, Wire.oneOf(IssueStatus.class)));
  }
}
