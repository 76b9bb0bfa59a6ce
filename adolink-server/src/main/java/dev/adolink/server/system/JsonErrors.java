package dev.adolink.server.system;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Says which field of an unreadable JSON body is wrong, in words a client can act on. */
final class JsonErrors {

  private JsonErrors() {}

  static ApiError describe(HttpMessageNotReadableException e) {
    JacksonException jackson = find(e, JacksonException.class);
    if (jackson == null) {
      return ApiError.of("Request body is missing or is not JSON");
    }
    String field = path(jackson.getPath());
    if (field.isEmpty()) {
      if (jackson instanceof StreamReadException) {
        return ApiError.of("Malformed JSON: " + firstLine(jackson.getOriginalMessage()));
      }
      return ApiError.of("Request body must be a JSON object");
    }
    return ApiException.invalid(field, problem(jackson)).body();
  }

  private static String problem(JacksonException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return firstLine(e.getCause().getMessage());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "has the wrong type (expected " + typeName(mismatch.getTargetType()) + ")";
    }
    return "is invalid: " + firstLine(e.getOriginalMessage());
  }

  static String typeName(Class<?> type) {
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type)
        || type == int.class
        || type == long.class
        || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
