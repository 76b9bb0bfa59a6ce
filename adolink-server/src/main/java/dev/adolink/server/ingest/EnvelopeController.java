package dev.adolink.server.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the Sentry SDKs post: {@code /api/{projectId}/envelope/} and the deprecated {@code
 * /store/}. The body is read here whatever its Content-Type (browsers send {@code text/plain}),
 * decompressed per its Content-Encoding, and handed to {@link EventIntake}. No session, no CSRF;
 * CORS for browser SDKs (see {@link EnvelopeSecurity}).
 */
@RestController
class EnvelopeController {

  static final String ENVELOPE_PATH = "/api/{projectId}/envelope/";
  static final String STORE_PATH = "/api/{projectId}/store/";

  /**
   * Reads the body and answers 200 without storing anything: the ceiling the intake's throughput is
   * measured against ({@code bench/run ingest}).
   */
  static final String NOOP_PATH = "/api/{projectId}/noop/";

  private final EventIntake intake;
  private final IngestProperties properties;

  EnvelopeController(EventIntake intake, IngestProperties properties) {
    this.intake = intake;
    this.properties = properties;
  }

  @PostMapping({ENVELOPE_PATH, "/api/{projectId}/envelope"})
  ResponseEntity<Map<String, Object>> envelope(
      @PathVariable String projectId, HttpServletRequest request) throws IOException {
    return receive(projectId, false, request);
  }

  @PostMapping({STORE_PATH, "/api/{projectId}/store"})
  ResponseEntity<Map<String, Object>> store(
      @PathVariable String projectId, HttpServletRequest request) throws IOException {
    return receive(projectId, true, request);
  }

  @PostMapping(NOOP_PATH)
  Map<String, Object> noop(@PathVariable String projectId, HttpServletRequest request)
      throws IOException {
    request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    return Map.of();
  }

  private ResponseEntity<Map<String, Object>> receive(
      String projectId, boolean store, HttpServletRequest request) throws IOException {
    byte[] body;
    try {
      body =
          Bodies.read(
              request.getInputStream(),
              request.getHeader(HttpHeaders.CONTENT_ENCODING),
              properties.maxEnvelope().toBytes());
    } catch (Bodies.TooLarge e) {
      return answer(
          EventIntake.Answer.error(413, "The request is too large: " + e.getMessage() + "."));
    } catch (Bodies.Unsupported e) {
      return answer(EventIntake.Answer.error(415, e.getMessage() + "."));
    } catch (Bodies.Corrupt e) {
      return answer(
          EventIntake.Answer.error(
              400, "The body cannot be decompressed: " + e.getMessage() + "."));
    }
    EventIntake.Answer answer =
        intake.receive(
            new EventIntake.Request(
                projectId,
                store,
                request.getContentType(),
                request.getHeader("X-Sentry-Auth"),
                request.getHeader(HttpHeaders.AUTHORIZATION),
                query(request.getQueryString()),
                request.getHeader(HttpHeaders.USER_AGENT),
                request.getRemoteAddr(),
                body));
    return answer(answer);
  }

  private static ResponseEntity<Map<String, Object>> answer(EventIntake.Answer answer) {
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
    answer.headers().forEach(builder::header);
    return builder.body(answer.body());
  }

  /**
   * The query string's parameters, read here rather than through the servlet API, which would parse
   * a form-encoded body (browsers may send the envelope as one) as parameters.
   */
  private static Map<String, String> query(@Nullable String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query == null) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a malformed escape: ignore that parameter, as Relay ignores unknown ones
      }
    }
    return params;
  }
}
