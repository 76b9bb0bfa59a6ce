package dev.adolink.emulator.http;

import java.util.List;
import java.util.Map;

/**
 * A request as it came off the wire, before anything is made of it.
 *
 * @param method upper case; {@code HEAD} arrives as {@code GET}, a POST's {@code
 *     X-HTTP-Method-Override} as the method it names
 * @param rawPath the path without its leading slashes, not yet decoded
 * @param rawQuery the query, not yet decoded; null when there is none
 * @param headers looked up case-insensitively
 */
public record Incoming(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
