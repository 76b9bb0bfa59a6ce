package dev.adolink.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a handler answers: status, headers and a body (JSON, HTML, text or bytes). */
public final class Response {

  public static final String JSON_TYPE = "application/json; charset=utf-8";

  private final int status;
  private final String contentType;
  private final JsonNode json;
  private final byte[] bytes;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private boolean lost;

  private Response(int status, String contentType, JsonNode json, byte[] bytes) {
    this.status = status;
    this.contentType = contentType;
    this.json = json;
    this.bytes = bytes;
  }

  /** The answer is not sent: the connection is closed instead (a lost-answer fault). */
  public void lose() {
    lost = true;
  }

  boolean isLost() {
    return lost;
  }

  public static Response ok(JsonNode body) {
    return json(200, body);
  }

  public static Response json(int status, JsonNode body) {
    return new Response(status, JSON_TYPE, body, null);
  }

  /** ADO's {@code {"count": n, "value": [...]}} list. */
  public static Response list(Collection<? extends JsonNode> items) {
    return ok(Json.list(items));
  }

  public static Response noContent() {
    return new Response(204, null, null, new byte[0]);
  }

  public static Response status(int status) {
    return new Response(status, null, null, new byte[0]);
  }

  public static Response html(int status, String html) {
    return new Response(
        status, "text/html; charset=utf-8", null, html.getBytes(StandardCharsets.UTF_8));
  }

  public static Response text(int status, String contentType, String text) {
    return new Response(status, contentType, null, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Response bytes(int status, String contentType, byte[] bytes) {
    return new Response(status, contentType, null, bytes);
  }

  public static Response redirect(String location) {
    return status(302).header("Location", location);
  }

  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** The JSON body, or {@code null} for other bodies. */
  public JsonNode jsonBody() {
    return json;
  }

  public Map<String, String> headers() {
    return headers;
  }

  byte[] render() {
    return json != null ? Json.bytes(json) : bytes;
  }
}
