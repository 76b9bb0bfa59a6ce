package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A fresh organization with its project's default key, and events shaped as the SDKs send them. */
final class IngestFixtures {

  record Target(TestOrg org, String projectId, String publicKey, String dsn) {
    String envelopePath() {
      return "/api/" + projectId + "/envelope/";
    }

    String storePath() {
      return "/api/" + projectId + "/store/";
    }

    String keysPath() {
      return "/api/0/projects/" + org.slug() + "/" + org.project() + "/keys/";
    }
  }

  private IngestFixtures() {}

  static Target target(TrackerFixtures tracker, TestApi api) {
    return target(tracker.organization(), api);
  }

  /** The DSN of an existing organization's project. */
  static Target target(TestOrg org, TestApi api) {
    TestApi.Response keys =
        api.get(
            "/api/0/projects/" + org.slug() + "/" + org.project() + "/keys/", org.owner().token());
    assertThat(keys.status()).as(keys.body()).isEqualTo(200);
    JsonNode key = keys.json().get(0);
    return new Target(
        org,
        key.get("projectId").asString(),
        key.get("public").asString(),
        key.get("dsn").get("public").asString());
  }

  static String eventId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * A Java event: the exception type, its value, and frames as "module.function:line" (oldest
   * first).
   */
  static Map<String, Object> javaEvent(
      String eventId, String type, String value, String... frames) {
    List<Map<String, Object>> stack = new ArrayList<>();
    for (String frame : frames) {
      String[] parts = frame.split(":");
      String qualified = parts[0];
      int dot = qualified.lastIndexOf('.');
      String module = qualified.substring(0, dot);
      String simple = module.substring(module.lastIndexOf('.') + 1);
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("module", module);
      f.put("function", qualified.substring(dot + 1));
      f.put("filename", simple + ".java");
      f.put("lineno", Integer.parseInt(parts[1]));
      f.put("in_app", module.startsWith("com.acme"));
      stack.add(f);
    }
    Map<String, Object> exception = new LinkedHashMap<>();
    exception.put("type", type);
    exception.put("value", value);
    exception.put("stacktrace", Map.of("frames", stack));
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event_id", eventId);
    event.put("platform", "java");
    event.put("level", "error");
    event.put("release", "shop@1.0.0");
    event.put("environment", "production");
    event.put("exception", Map.of("values", List.of(exception)));
    event.put("tags", Map.of("region", "eu"));
    event.put("user", Map.of("id", "u-1", "email", "ann@example.com"));
    return event;
  }
}
