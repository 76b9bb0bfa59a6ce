package dev.adolink.azure.transport;

import dev.adolink.azure.error.DecodeException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * A successful response. Decoding failures become {@link DecodeException} with the request's
 * method, URL and status.
 */
public final class ApiResponse {

  private final String method;
  private final String url;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;

  ApiResponse(String method, String url, int status, HttpHeaders headers, byte[] body) {
    this.method = method;
    this.url = url;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  public int status() {
    return status;
  }

  /** The request URL, without user info. */
  public String url() {
    return url;
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as a tree; a missing node for an empty body. */
  public JsonNode json() {
    if (body.length == 0) {
      return tools.jackson.databind.node.MissingNode.getInstance();
    }
    try {
      return Json.mapper().readTree(body);
    } catch (JacksonException e) {
      throw decodeFailure("body is not JSON", e);
    }
  }

  /** The body as {@code type}; a {@link DecodeException} when the body is empty. */
  public <T> T decodeRequired(JavaType type) {
    T value = decode(type);
    if (value == null) {
      throw decodeFailure("empty answer where " + type.toCanonical() + " was expected", null);
    }
    return value;
  }

  /** The body as {@code type}; null for an empty body (204). */
  public <T> @Nullable T decode(Class<T> type) {
    return decode(Json.mapper().constructType(type));
  }

  public <T> @Nullable T decode(TypeReference<T> type) {
    return decode(Json.mapper().getTypeFactory().constructType(type));
  }

  public <T> @Nullable T decode(JavaType type) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readValue(body, type);
    } catch (JacksonException e) {
      throw decodeFailure("cannot read " + type.toCanonical() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The items of ADO's list envelope {@code {"count": n, "value": [...]}}; a bare array is accepted
   * too.
   */
  public <T> List<T> decodeList(Class<T> element) {
    JsonNode root = json();
    JsonNode items = root.isArray() ? root : root.path("value");
    if (items.isMissingNode() || items.isNull()) {
      return List.of();
    }
    JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, element);
    try {
      return Json.mapper().treeToValue(items, type);
    } catch (JacksonException e) {
      throw decodeFailure(
          "cannot read a list of " + element.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a tree that came with this response (e.g. a {@code $batch} entry) as {@code type}. */
  public <T> T decode(JsonNode node, Class<T> type) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JacksonException e) {
      throw decodeFailure("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private DecodeException decodeFailure(String problem, @Nullable Exception cause) {
    return new DecodeException(method, url, status, problem, cause);
  }
}
