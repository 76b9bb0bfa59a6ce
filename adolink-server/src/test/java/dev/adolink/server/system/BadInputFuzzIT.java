package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a few thousand bad requests to every endpoint family (tracker API, integrations, work
 * items, alert rules, releases, repos, code mappings, user mappings, the webhook intake and the web
 * forms): malformed JSON, wrong types, missing fields, 100,000-character strings, emoji and
 * right-to-left text, negative and overflowing numbers, unknown enum values, path traversal. None
 * may be answered with a 5xx, and none may leave a stack trace in the log.
 */
@AdolinkIT
class BadInputFuzzIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String LONG_TEXT = "x".repeat(100_000);

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final List<String> failures = new ArrayList<>();
  private int requests;

  @BeforeEach
  void captureLog() {
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    root.detachAppender(log);
  }

  /** Values that replace one field at a time. */
  static List<JsonNode> badValues() {
    List<JsonNode> values = new ArrayList<>();
    values.add(NODES.numberNode(12345));
    values.add(NODES.booleanNode(true));
    values.add(NODES.nullNode());
    values.add(NODES.arrayNode());
    values.add(NODES.arrayNode().addNull());
    values.add(NODES.objectNode());
    values.add(NODES.stringNode(""));
    values.add(NODES.stringNode(LONG_TEXT));
    values.add(NODES.stringNode("💥 \u202Eevil\u202C مرحبا 🏳️‍🌈"));
    values.add(NODES.stringNode("../../../../etc/passwd"));
    values.add(NODES.stringNode("NOT_A_KNOWN_VALUE"));
    values.add(NODES.numberNode(-1));
    values.add(NODES.numberNode(Long.MIN_VALUE));
    values.add(NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
    values.add(NODES.numberNode(new java.math.BigInteger("-9223372036854775809")));
    values.add(NODES.numberNode(new java.math.BigInteger("18446744073709551616")));
    values.add(NODES.numberNode(1e308));
    values.add(NODES.numberNode(-1e30));
    values.add(NODES.numberNode(1.5));
    return values;
  }

  static final List<String> MALFORMED =
      List.of(
          "{",
          "[]",
          "\"text\"",
          "null",
          "12",
          "{\"a\":}",
          "{\"title\": \"\\ud800\"}",
          "{'single': 'quotes'}",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":" + "1".repeat(5000) + "}");

  static final List<String> BAD_PATH_SEGMENTS =
      List.of(
          "-1",
          "0",
          "99999999999999999999",
          "%F0%9F%92%A5",
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e",
          "a%00b",
          "%E2%80%AEevil");

  record Target(String method, String path, ObjectNode body) {}

  @Test
  void noBadRequestToAnyEndpointIsAnswered500OrLeavesAStackTrace() {
    Installed installed = integrations.installed();
    String org = installed.org().slug();
    String project = installed.org().project();
    String token = installed.org().owner().token();
    String issue = tracker.issue(installed.org(), "Fuzzed issue").get("shortId").asString();
    long installation = installed.id();

    for (Target target : targets(org, project, issue, installation, installed)) {
      fuzz(target, token);
    }
    int bodies = requests;
    fuzzQueries(org, project, issue, installation, token);
    int queries = requests - bodies;
    fuzzWebhooks(installed);
    int webhooks = requests - bodies - queries;
    fuzzForms(org, project, issue, installation, installed);
    System.out.printf(
        "BadInputFuzzIT: %d requests (API bodies and paths %d, queries %d, webhooks %d, forms %d)%n",
        requests, bodies, queries, webhooks, requests - bodies - queries - webhooks);

    assertThat(failures).as("answers with 5xx of %d requests", requests).isEmpty();
    List<String> stackTraces =
        log.list.stream()
            .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null)
            .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
            .toList();
    assertThat(stackTraces).as("stack traces logged").isEmpty();
    List<String> failedJobs =
        log.list.stream()
            .filter(
                e ->
                    e.getLoggerName().endsWith("JobFailureHandler")
                        || e.getLoggerName().endsWith("DeliveryDrain"))
            .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
            .map(ILoggingEvent::getFormattedMessage)
            // a readable delivery may still name what ADO does not have (e.g. the fixture's
            // project): ADO's answer is not a payload the job failed to read
            .filter(message -> !message.contains("dev.adolink.azure.error."))
            .toList();
    assertThat(failedJobs).as("jobs failed reading accepted deliveries").isEmpty();
    assertThat(requests).isGreaterThan(2000);
  }

  private List<Target> targets(
      String org, String project, String issue, long installation, Installed installed) {
    String api0 = "/api/0/organizations/" + org + "/";
    String issuePath = api0 + "issues/" + issue + "/";
    List<Target> targets = new ArrayList<>();
    targets.add(new Target("POST", "/api/0/organizations/", obj("slug", "fuzz", "name", "Fuzz")));
    targets.add(new Target("POST", api0 + "projects/", obj("slug", "fuzz", "name", "Fuzz")));
    targets.add(
        new Target(
            "POST",
            api0 + "members/",
            obj("email", "fuzz@fuzz.test", "name", "Fuzz", "role", "member", "password", "p")));
    ObjectNode frame = obj("filename", "app.py", "lineNo", 12, "function", "run", "inApp", true);
    ObjectNode newIssue =
        obj(
            "title",
            "Boom",
            "culprit",
            "run",
            "level",
            "error",
            "message",
            "m",
            "fingerprint",
            "f");
    newIssue.set("stacktrace", NODES.objectNode().set("frames", NODES.arrayNode().add(frame)));
    targets.add(
        new Target("POST", "/api/0/projects/" + org + "/" + project + "/issues/", newIssue));
    targets.add(new Target("PUT", issuePath, obj("status", "resolved", "assignedTo", "x@y.z")));
    targets.add(new Target("PUT", api0 + "issues/?id=1", obj("status", "ignored")));
    targets.add(new Target("POST", issuePath + "comments/", obj("text", "hello")));
    targets.add(new Target("PUT", issuePath + "comments/1/", obj("text", "hello")));
    targets.add(
        new Target(
            "POST",
            api0 + "integrations/azure-devops/",
            obj("organizationUrl", installed.ado().url(), "pat", "wrong")));
    targets.add(
        new Target(
            "POST",
            api0 + "integrations/azure-devops/",
            obj(
                "organizationUrl",
                installed.ado().url(),
                "tenantId",
                "tenant",
                "clientId",
                "client",
                "clientSecret",
                "secret")));
    targets.add(
        new Target("PUT", api0 + "integrations/" + installation + "/", obj("pat", "wrong")));
    ObjectNode config = obj("sync_status_reverse", true, "sync_comments", true);
    config.set(
        "sync_status_forward",
        NODES
            .objectNode()
            .set("p", obj("on_resolve", "Resolved", "on_unresolve", "Active", "types", "x")));
    targets.add(new Target("PUT", api0 + "integrations/" + installation + "/config/", config));
    targets.add(
        new Target(
            "POST",
            api0 + "integrations/" + installation + "/user-mappings/",
            obj("user", "x@y.z", "adoIdentity", "x@ado.test")));
    ObjectNode workItem =
        obj(
            "project",
            "Web",
            "work_item_type",
            "Bug",
            "title",
            "T",
            "description",
            "d",
            "area_path",
            "Web",
            "Microsoft.VSTS.Common.Severity",
            "2 - High");
    workItem.set("tags", NODES.arrayNode().add("a"));
    targets.add(new Target("POST", issuePath + "integrations/" + installation + "/", workItem));
    targets.add(
        new Target(
            "PUT", issuePath + "integrations/" + installation + "/", obj("externalIssue", "7")));
    ObjectNode rule = obj("name", "Fuzz rule");
    rule.set("conditions", obj("minLevel", "error", "minEvents", 10));
    ObjectNode action =
        obj("integrationId", installation, "project", "Web", "work_item_type", "Bug");
    action.set("tags", NODES.arrayNode().add("alert"));
    rule.set("action", action);
    String rules = "/api/0/projects/" + org + "/" + project + "/alert-rules/";
    targets.add(new Target("POST", rules, rule));
    JsonNode created = api.post(rules, installed.org().owner().token(), rule).json();
    targets.add(new Target("PUT", rules + created.path("id").asString("1") + "/", rule));
    ObjectNode release = obj("version", "fuzz-1");
    release.set("projects", NODES.arrayNode().add(project));
    release.set(
        "refs",
        NODES
            .arrayNode()
            .add(obj("repository", "Web/web", "commit", "abc", "previousCommit", "a")));
    targets.add(new Target("POST", api0 + "releases/", release));
    targets.add(
        new Target(
            "POST",
            api0 + "releases/fuzz-1/deploys/",
            obj(
                "environment",
                "prod",
                "name",
                "n",
                "url",
                "https://x",
                "dateStarted",
                "2026-01-01T00:00:00Z",
                "dateFinished",
                "2026-01-01T00:00:00Z")));
    targets.add(
        new Target(
            "POST",
            api0 + "repos/",
            obj(
                "provider",
                "integrations:vsts",
                "installation",
                String.valueOf(installation),
                "identifier",
                UUID.randomUUID().toString())));
    targets.add(
        new Target(
            "POST",
            api0 + "code-mappings/",
            obj(
                "project",
                project,
                "repository",
                "Web/web",
                "stackRoot",
                "src/",
                "sourceRoot",
                "src/",
                "defaultBranch",
                "main")));
    targets.add(new Target("POST", "/api/0/api-tokens/", NODES.objectNode()));
    return targets;
  }

  private void fuzz(Target target, String token) {
    for (String body : MALFORMED) {
      send(target.method(), target.path(), token, body);
    }
    send(target.method(), target.path(), token, null);
    for (String field : fieldPaths(target.body(), "")) {
      ObjectNode missing = target.body().deepCopy();
      remove(missing, field);
      send(target.method(), target.path(), token, missing.toString());
      for (JsonNode value : badValues()) {
        ObjectNode changed = target.body().deepCopy();
        replace(changed, field, value);
        send(target.method(), target.path(), token, changed.toString());
      }
    }
    String[] segments = target.path().split("/");
    for (int i = 3; i < segments.length; i++) {
      for (String bad : BAD_PATH_SEGMENTS) {
        String[] changed = segments.clone();
        changed[i] = bad;
        send(target.method(), String.join("/", changed) + "/", token, target.body().toString());
      }
    }
  }

  private void fuzzQueries(
      String org, String project, String issue, long installation, String token) {
    String api0 = "/api/0/organizations/" + org + "/";
    List<String> gets =
        List.of(
            api0 + "issues/?query=%s&limit=%s&cursor=%s&project=%s&status=%s",
            api0 + "releases/?limit=%s&query=%s",
            api0 + "code-mappings/?project=%s",
            api0 + "integrations/" + installation + "/deliveries/?limit=%s&status=%s",
            api0 + "integrations/" + installation + "/sync-log/?issue=%s&limit=%s",
            api0
                + "issues/"
                + issue
                + "/integrations/"
                + installation
                + "/?action=%s&project=%s&type=%s",
            "/extensions/vsts/search/" + org + "/" + installation + "/?field=%s&query=%s",
            "/organizations/" + org + "/issues/?project=%s&status=%s&query=%s",
            "/organizations/"
                + org
                + "/issues/"
                + issue
                + "/?integration=%s&action=%s&project=%s&type=%s&query=%s",
            "/organizations/"
                + org
                + "/projects/"
                + project
                + "/alert-rules/?integration=%s&project=%s",
            "/organizations/" + org + "/integrations/" + installation + "/?deliveries=%s");
    List<String> values =
        List.of(
            "-1",
            "99999999999999999999",
            "1e308",
            "💥",
            "..%2F..",
            "%00",
            "",
            "abc",
            "x".repeat(5000),
            "NOT_A_KNOWN_VALUE");
    Session session = new Session(api, TestApi.ADMIN_EMAIL, TestApi.ADMIN_PASSWORD);
    for (String template : gets) {
      int holes = template.split("%s", -1).length - 1;
      for (String value : values) {
        String encoded = value.contains("%") ? value : encode(value);
        Object[] args = new Object[holes];
        java.util.Arrays.fill(args, encoded);
        String path = String.format(template, args);
        if (path.startsWith("/api/")) {
          send("GET", path, token, null);
        } else {
          check("GET " + path, () -> session.get(path));
        }
      }
    }
  }

  private void fuzzWebhooks(Installed installed) {
    String secret = integrations.secret(installed, "workitem.updated");
    ObjectNode valid;
    try (InputStream in =
        getClass()
            .getResourceAsStream("/dev/adolink/server/webhooks/IntakeIT/workitem-updated.json")) {
      valid = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ((ObjectNode) valid.get("resourceContainers").get("collection"))
        .put("id", installed.ado().id());
    for (String body : MALFORMED) {
      check("webhook " + abbreviate(body), () -> integrations.deliver(body, secret));
    }
    for (String field : fieldPaths(valid, "")) {
      if (field.startsWith("resourceContainers/collection") || field.equals("eventType")) {
        continue;
      }
      for (JsonNode value : badValues()) {
        ObjectNode changed = valid.deepCopy();
        replace(changed, field, value);
        changed.put("id", UUID.randomUUID().toString());
        changed.remove("notificationId");
        check(
            "webhook " + field + "=" + abbreviate(value.toString()),
            () -> integrations.deliver(changed.toString(), secret));
      }
    }
    dueJobs.run();
  }

  private void fuzzForms(
      String org, String project, String issue, long installation, Installed installed) {
    Session session = new Session(api, installed.org().owner().email(), TrackerFixtures.PASSWORD);
    String orgPage = "/organizations/" + org + "/";
    Map<String, Map<String, String>> forms = new LinkedHashMap<>();
    forms.put("/organizations/", Map.of("slug", "fuzz", "name", "Fuzz"));
    forms.put(orgPage + "projects/", Map.of("slug", "fuzz", "name", "Fuzz"));
    forms.put(orgPage + "members/", Map.of("email", "a@b.c", "role", "member", "name", "n"));
    forms.put(
        orgPage + "integrations/",
        Map.of("organizationUrl", "https://dev.azure.com/x/", "pat", "p"));
    String issuePage = orgPage + "issues/" + issue + "/";
    forms.put(
        issuePage + "update",
        Map.of("status", "resolved", "assignedTo", "a@b.c", "assign", "true"));
    forms.put(issuePage + "comments", Map.of("text", "hi"));
    forms.put(issuePage + "comments/1", Map.of("text", "hi"));
    forms.put(issuePage + "comments/1/delete", Map.of());
    forms.put(
        issuePage + "work-items/create",
        Map.of(
            "integration",
            String.valueOf(installation),
            "project",
            "Web",
            "work_item_type",
            "Bug",
            "title",
            "t"));
    forms.put(
        issuePage + "work-items/link",
        Map.of("integration", String.valueOf(installation), "externalIssue", "7"));
    forms.put(
        issuePage + "work-items/unlink",
        Map.of("integration", String.valueOf(installation), "externalIssue", "7"));
    String integrationPage = orgPage + "integrations/" + installation + "/";
    forms.put(
        integrationPage + "config", Map.of("sync_comments", "on", "sync_status_reverse", "on"));
    forms.put(integrationPage + "user-mappings", Map.of("user", "a@b.c", "adoIdentity", "x"));
    forms.put(integrationPage + "user-mappings/1/delete", Map.of());
    forms.put(
        "/organizations/" + org + "/projects/" + project + "/alert-rules/",
        Map.of(
            "name",
            "r",
            "integrationId",
            String.valueOf(installation),
            "minLevel",
            "error",
            "minEvents",
            "3",
            "project",
            "Web",
            "work_item_type",
            "Bug",
            "tags",
            "a"));
    List<String> values =
        List.of(
            "",
            "-1",
            "0",
            "99999999999999999999",
            "1e308",
            "💥\u202Eevil",
            LONG_TEXT,
            "../../etc/passwd",
            "NOT_A_KNOWN_VALUE",
            "<script>alert(1)</script>");
    for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
      check("POST " + form.getKey() + " (no fields)", () -> session.post(form.getKey(), Map.of()));
      for (String field : form.getValue().keySet()) {
        for (String value : values) {
          Map<String, String> changed = new LinkedHashMap<>(form.getValue());
          changed.put(field, value);
          check(
              "POST " + form.getKey() + " " + field + "=" + abbreviate(value),
              () -> session.post(form.getKey(), changed));
        }
      }
    }
  }

  private void send(String method, String path, String token, String body) {
    check(
        method + " " + path + " " + abbreviate(String.valueOf(body)),
        () -> api.send(method, path, "Bearer " + token, body));
  }

  private void check(String request, Supplier<TestApi.Response> send) {
    requests++;
    TestApi.Response response;
    try {
      response = send.get();
    } catch (UncheckedIOException e) {
      failures.add(request + " -> the answer broke off: " + e.getMessage());
      return;
    }
    if (response.status() >= 500) {
      failures.add(request + " -> " + response.status() + " " + abbreviate(response.body()));
    } else if (response.body().contains("<html") && !response.body().contains("</html>")) {
      failures.add(request + " -> a page cut off mid-render");
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static ObjectNode obj(Object... pairs) {
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
    }
    return node;
  }

  /** A field path's separator (field names of ADO contain dots). */
  private static final String SEPARATOR = "/";

  /** Paths of every field and array element ({@code a/b}, {@code a/0}), depth first. */
  static List<String> fieldPaths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String path = prefix + entry.getKey();
        paths.add(path);
        paths.addAll(fieldPaths(entry.getValue(), path + SEPARATOR));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < Math.min(array.size(), 2); i++) {
        String path = prefix + i;
        paths.add(path);
        paths.addAll(fieldPaths(array.get(i), path + SEPARATOR));
      }
    }
    return paths;
  }

  private static void replace(JsonNode root, String path, JsonNode value) {
    int dot = path.lastIndexOf(SEPARATOR);
    JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
    String last = path.substring(dot + SEPARATOR.length());
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    }
  }

  private static void remove(JsonNode root, String path) {
    int dot = path.lastIndexOf(SEPARATOR);
    JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
    String last = path.substring(dot + SEPARATOR.length());
    if (parent instanceof ObjectNode object) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(last));
    }
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split(SEPARATOR)) {
      node = node.isArray() ? node.get(Integer.parseInt(part)) : node.get(part);
    }
    return node;
  }
}
