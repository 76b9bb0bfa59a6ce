package dev.adolink.server.ingest;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sentry's client key API: members list the keys of a project (with their DSNs), managers and
 * owners add, change (name, enabled, rate limit) and delete them. The key id in paths is the public
 * key, as in Sentry.
 */
@RestController
class KeyController {

  record RateLimitJson(
      @NotNull @Min(1) @Max(86_400) Integer window, @NotNull @Min(0) Integer count) {}

  record KeyRequest(
      @Nullable @Size(min = 1, max = 200) String name,
      @Nullable Boolean isActive,
      @Nullable @Valid RateLimitJson rateLimit) {}

  record KeyJson(
      String id,
      String name,
      String label,
      @com.fasterxml.jackson.annotation.JsonProperty("public") String publicKey,
      String secret,
      String projectId,
      boolean isActive,
      Dsn dsn,
      @Nullable RateLimitJson rateLimit,
      Instant dateCreated) {}

  record Dsn(
      @com.fasterxml.jackson.annotation.JsonProperty("public") String publicDsn, String secret) {}

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final ClientKeys keys;

  KeyController(OrganizationAccess access, ProjectService projects, ClientKeys keys) {
    this.access = access;
    this.projects = projects;
    this.keys = keys;
  }

  @GetMapping("/api/0/projects/{org}/{project}/keys/")
  List<KeyJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project) {
    Project target = project(user, org, project, Role.MEMBER);
    return keys.of(target.id()).stream().map(this::json).toList();
  }

  @PostMapping("/api/0/projects/{org}/{project}/keys/")
  ResponseEntity<KeyJson> create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @Valid @RequestBody(required = false) @Nullable KeyRequest body) {
    Project target = project(user, org, project, Role.MANAGER);
    String name = body == null || body.name() == null ? "Default" : body.name().strip();
    ClientKey key = keys.create(target.id(), name, body == null ? null : limit(body.rateLimit()));
    if (body != null && Boolean.FALSE.equals(body.isActive())) {
      key = keys.update(key, key.name(), false, key.rateLimit());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(json(key));
  }

  /** Changes only what the body names; {@code "rateLimit": null} removes the limit. */
  @PutMapping("/api/0/projects/{org}/{project}/keys/{keyId}/")
  KeyJson update(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable String keyId,
      @Valid @RequestBody tools.jackson.databind.JsonNode raw) {
    Project target = project(user, org, project, Role.MANAGER);
    ClientKey key = keys.require(target.id(), keyId);
    if (!raw.isObject()) {
      throw ApiException.badRequest("The body must be a JSON object");
    }
    String name = key.name();
    if (raw.has("name")) {
      if (!raw.get("name").isString() || raw.get("name").asString().isBlank()) {
        throw ApiException.invalid("name", "must be a non-empty string");
      }
      name = raw.get("name").asString().strip();
      if (name.length() > 200) {
        throw ApiException.invalid("name", "must be at most 200 characters");
      }
    }
    boolean active = key.active();
    if (raw.has("isActive")) {
      if (!raw.get("isActive").isBoolean()) {
        throw ApiException.invalid("isActive", "must be true or false");
      }
      active = raw.get("isActive").asBoolean();
    }
    ClientKey.RateLimit rateLimit = key.rateLimit();
    if (raw.has("rateLimit")) {
      rateLimit = parseLimit(raw.get("rateLimit"));
    }
    return json(keys.update(key, name, active, rateLimit));
  }

  @DeleteMapping("/api/0/projects/{org}/{project}/keys/{keyId}/")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable String keyId) {
    Project target = project(user, org, project, Role.MANAGER);
    keys.delete(keys.require(target.id(), keyId));
    return ResponseEntity.noContent().build();
  }

  private static ClientKey.@Nullable RateLimit parseLimit(tools.jackson.databind.JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    tools.jackson.databind.JsonNode window = node.get("window");
    tools.jackson.databind.JsonNode count = node.get("count");
    if (!node.isObject()
        || window == null
        || count == null
        || !window.canConvertToInt()
        || !count.canConvertToInt()
        || !window.isIntegralNumber()
        || !count.isIntegralNumber()) {
      throw ApiException.invalid(
          "rateLimit", "must be {\"window\": seconds, \"count\": events} or null");
    }
    if (window.asInt() < 1 || window.asInt() > 86_400) {
      throw ApiException.invalid("rateLimit", "window must be 1 to 86400 seconds");
    }
    if (count.asInt() < 0) {
      throw ApiException.invalid("rateLimit", "count must not be negative");
    }
    return new ClientKey.RateLimit(window.asInt(), count.asInt());
  }

  private static ClientKey.@Nullable RateLimit limit(@Nullable RateLimitJson json) {
    return json == null ? null : new ClientKey.RateLimit(json.window(), json.count());
  }

  private Project project(AuthenticatedUser user, String org, String project, Role role) {
    Membership caller = access.require(user, org, role);
    return projects.require(caller.organization(), project);
  }

  private KeyJson json(ClientKey key) {
    ClientKey.RateLimit limit = key.rateLimit();
    return new KeyJson(
        key.publicKey(),
        key.name(),
        key.name(),
        key.publicKey(),
        key.secretKey(),
        String.valueOf(key.projectId()),
        key.active(),
        new Dsn(keys.dsn(key, false), keys.dsn(key, true)),
        limit == null ? null : new RateLimitJson(limit.window(), limit.count()),
        key.created());
  }
}
