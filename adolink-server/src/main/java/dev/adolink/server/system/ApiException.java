package dev.adolink.server.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served as asked; {@link ApiExceptionHandler} turns it into the status
 * and {@link ApiError} body. Services throw it for rules the caller broke (unknown object, missing
 * role, invalid field); anything else that escapes is a bug and becomes a 500.
 */
public final class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final Map<String, String> errors;

  private ApiException(HttpStatus status, String detail, Map<String, String> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.errors = Map.copyOf(errors);
  }

  /** 404. Also the answer for objects of an organization the caller is not a member of. */
  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, detail, Map.of());
  }

  /** 403: the caller may see the object but lacks the role for this action. */
  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, detail, Map.of());
  }

  /** 400 naming the field that is wrong. */
  public static ApiException invalid(String field, String message) {
    return invalid(Map.of(field, message));
  }

  /** 400 naming several wrong fields. */
  public static ApiException invalid(Map<String, String> errors) {
    return new ApiException(HttpStatus.BAD_REQUEST, describe(errors), errors);
  }

  /** 400 without a field to blame. */
  public static ApiException badRequest(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, detail, Map.of());
  }

  /** 409: the request clashes with existing state, e.g. a slug already taken. */
  public static ApiException conflict(String field, String message) {
    return new ApiException(HttpStatus.CONFLICT, field + ": " + message, Map.of(field, message));
  }

  /** 502: a service this request needed (Azure DevOps) failed; the detail says how. */
  public static ApiException badGateway(String detail) {
    return new ApiException(HttpStatus.BAD_GATEWAY, detail, Map.of());
  }

  /** 503: a service this request needed (Azure DevOps) is unavailable right now; try later. */
  public static ApiException unavailable(String detail) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, detail, Map.of());
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError body() {
    return new ApiError(getMessage(), errors);
  }

  static String describe(Map<String, String> errors) {
    Map<String, String> sorted = new LinkedHashMap<>();
    errors.keySet().stream().sorted().forEach(field -> sorted.put(field, errors.get(field)));
    StringBuilder detail = new StringBuilder("Invalid request: ");
    sorted.forEach(
        (field, message) -> detail.append(field).append(' ').append(message).append("; "));
    return detail.substring(0, detail.length() - 2);
  }
}
