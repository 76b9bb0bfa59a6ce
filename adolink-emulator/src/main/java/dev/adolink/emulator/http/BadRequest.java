package dev.adolink.emulator.http;

/**
 * A value in a request that cannot be read: a number that is not one, a date in no known format, a
 * name an enum does not have. The message says which parameter and why; whoever serves the request
 * answers it as a 400 in its own error format.
 */
public final class BadRequest extends RuntimeException {

  public BadRequest(String message) {
    super(message);
  }
}
