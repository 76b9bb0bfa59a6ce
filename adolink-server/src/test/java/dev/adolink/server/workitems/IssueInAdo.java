package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An issue in a tracker organization with an emulator organization installed: the paths of its work
 * item endpoints, calls to them as the owner, and a client reading the emulator as ADO's owner to
 * check what adolink wrote.
 */
record IssueInAdo(
    TestApi api, IntegrationFixtures integrations, Installed installed, JsonNode issue) {

  private static final AzureDevOps CLIENT = AzureDevOps.builder().allowInsecureUrls(true).build();

  static final Map<String, Object> CRASH =
      Map.of(
          "title",
          "NullPointerException in CheckoutService.pay",
          "message",
          "Cannot invoke \"Cart.total()\" because \"cart\" is null",
          "stacktrace",
          Map.of(
              "frames",
              List.of(
                  Map.of("filename", "app/Main.java", "lineNo", 10, "function", "main"),
                  Map.of(
                      "filename",
                      "app/CheckoutService.java",
                      "absPath",
                      "/srv/app/CheckoutService.java",
                      "lineNo",
                      42,
                      "function",
                      "pay"))));

  /** A new installation and an issue with a message and a stack trace. */
  static IssueInAdo create(TestApi api, IntegrationFixtures integrations) {
    return create(api, integrations, integrations.installed());
  }

  static IssueInAdo create(TestApi api, IntegrationFixtures integrations, Installed installed) {
    TestApi.Response issue =
        api.post(
            "/api/0/projects/"
                + installed.org().slug()
                + "/"
                + installed.org().project()
                + "/issues/",
            installed.org().owner().token(),
            CRASH);
    assertThat(issue.status()).as(issue.body()).isEqualTo(201);
    return new IssueInAdo(api, integrations, installed, issue.json());
  }

  /** Another issue of the same organization. */
  IssueInAdo another() {
    return create(api, integrations, installed);
  }

  String id() {
    return issue.get("id").asString();
  }

  String token() {
    return installed.org().owner().token();
  }

  String path() {
    return "/api/0/organizations/"
        + installed.org().slug()
        + "/issues/"
        + id()
        + "/integrations/"
        + installed.id()
        + "/";
  }

  /** The issue's page, which the work item links back to. */
  String issueUrl() {
    return api.baseUrl() + "/organizations/" + installed.org().slug() + "/issues/" + id() + "/";
  }

  TestApi.Response form(String query) {
    return api.get(path() + "?action=create" + query, token());
  }

  TestApi.Response create(Map<String, ?> body) {
    return api.post(path(), token(), body);
  }

  TestApi.Response link(Object reference) {
    return api.put(path(), token(), Map.of("externalIssue", reference));
  }

  TestApi.Response unlink(String key) {
    return api.delete(path() + "?externalIssue=" + key, token());
  }

  JsonNode get() {
    return api.get(installed.org().issuePath(id()), token()).json();
  }

  JsonNode activities() {
    return api.get(installed.org().issuePath(id()) + "activities/", token()).json();
  }

  /** ADO as its owner sees it. */
  Organization ado() {
    return ado(installed);
  }

  /** The installed organization as its ADO owner sees it. */
  static Organization ado(Installed installed) {
    return CLIENT.organization(
        installed.ado().url(), PersonalAccessToken.of(installed.ado().owner().pat()));
  }

  String adoProjectId(String name) {
    return ado().core().project(name).id();
  }

  /** The form field with this name. */
  static @Nullable JsonNode field(JsonNode form, String name) {
    for (JsonNode field : form.get("createIssueConfig")) {
      if (field.get("name").asString().equals(name)) {
        return field;
      }
    }
    return null;
  }

  static List<String> choiceValues(JsonNode field) {
    return field.get("choices").valueStream().map(c -> c.get(0).asString()).toList();
  }

  long requestSeq() {
    List<RequestLog.Entry> all = integrations.emulator().requests(0);
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  /** The requests the emulator served to this installation's organization since {@code seq}. */
  List<RequestLog.Entry> requestsSince(long seq) {
    String org = "/" + installed.ado().name() + "/";
    return integrations.emulator().requests(seq).stream()
        .filter(e -> e.path().contains(org))
        .toList();
  }
}
