package dev.adolink.server.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts what SDKs post to the intake, byte for byte, with the headers a test chooses. */
final class SdkRequests {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final String baseUrl;

  SdkRequests(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** An envelope with one event item (and a header naming its id, if given). */
  static byte[] envelope(String envelopeHeader, Object event) {
    byte[] payload = JSON.writeValueAsBytes(event);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((envelopeHeader + "\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(
        ("{\"type\":\"event\",\"length\":" + payload.length + "}\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(payload);
    out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static String auth(String publicKey) {
    return "Sentry sentry_version=7, sentry_client=test/1.0, sentry_key=" + publicKey;
  }

  Answer post(String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  Answer options(String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    return send(request.build());
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
      deflate.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
