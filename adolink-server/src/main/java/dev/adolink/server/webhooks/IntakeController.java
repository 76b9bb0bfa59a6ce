package dev.adolink.server.webhooks;

import dev.adolink.server.integration.ServiceHooks;
import dev.adolink.server.system.ApiError;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADO's service hooks post here ({@link ServiceHooks#PATH}); no session, no CSRF (see {@link
 * IntakeSecurity}).
 */
@RestController
class IntakeController {

  /**
   * Reads the body and answers 200 without storing anything: the ceiling the intake's throughput is
   * measured against ({@code bench/run webhook-intake}).
   */
  static final String NOOP_PATH = "/extensions/vsts/noop/";

  private final Intake intake;

  IntakeController(Intake intake) {
    this.intake = intake;
  }

  @PostMapping(ServiceHooks.PATH)
  ResponseEntity<?> receive(
      @RequestBody(required = false) byte @Nullable [] body,
      @RequestHeader(name = ServiceHooks.SECRET_HEADER, required = false) @Nullable String secret) {
    Intake.Answer answer = intake.receive(body, secret);
    return switch (answer.result()) {
      case ACCEPTED, DUPLICATE, IGNORED ->
          ResponseEntity.ok(
              Map.of("status", answer.result().name().toLowerCase(java.util.Locale.ROOT)));
      case INVALID, NO_INSTALLATION ->
          ResponseEntity.badRequest().body(ApiError.of(answer.detail()));
      case UNAUTHORIZED -> ResponseEntity.status(401).body(ApiError.of(answer.detail()));
    };
  }

  @PostMapping(NOOP_PATH)
  Map<String, String> noop(@RequestBody(required = false) byte @Nullable [] body) {
    return Map.of("status", "ok");
  }
}
