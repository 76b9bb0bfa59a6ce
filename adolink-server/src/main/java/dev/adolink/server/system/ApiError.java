package dev.adolink.server.system;

import java.util.Map;

/**
 * The body of every 4xx/5xx answer of the API: {@code {"detail": "...", "errors": {"field":
 * "message"}}}. {@code errors} names the request fields that are wrong (empty when none is).
 */
public record ApiError(String detail, Map<String, String> errors) {

  public ApiError {
    errors = Map.copyOf(errors);
  }

  public static ApiError of(String detail) {
    return new ApiError(detail, Map.of());
  }
}
