package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.emulator.git.PushSpec;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the source code ITs start from: an installed emulator organization, commits pushed to its
 * repositories, repositories added and releases created through the API.
 */
final class ScmFixtures {

  /** The repository every emulator project starts with, named like the project. */
  static final String WEB = "Web/Web";

  private final TestApi api;
  private final IntegrationFixtures integrations;
  private final DueJobs dueJobs;

  ScmFixtures(TestApi api, IntegrationFixtures integrations, DueJobs dueJobs) {
    this.api = api;
    this.integrations = integrations;
    this.dueJobs = dueJobs;
  }

  static String orgPath(Installed installed) {
    return "/api/0/organizations/" + installed.org().slug() + "/";
  }

  /** Pushes one commit to {@code main} of {@code Project/repo}; answers its id. */
  String commit(Installed installed, String repository, String message, PushSpec.ChangeSpec... c) {
    String[] parts = repository.split("/");
    List<String> ids =
        integrations
            .emulator()
            .commit(
                installed.ado().name(),
                parts[0],
                parts[1],
                installed.ado().owner().email(),
                "main",
                message,
                c)
            .commitIds();
    return ids.get(ids.size() - 1);
  }

  /** The ADO id of {@code Project/repo}. */
  String repositoryId(Installed installed, String repository) {
    String[] parts = repository.split("/");
    return integrations
        .emulator()
        .repository(installed.ado().name(), parts[0], parts[1])
        .id()
        .toString();
  }

  /** Lets the emulator deliver its service hooks and runs every due job (deliveries included). */
  void settle() {
    integrations.awaitDeliveries();
    dueJobs.run();
  }

  JsonNode addRepository(Installed installed, String repository) {
    TestApi.Response response =
        api.post(
            orgPath(installed) + "repos/",
            installed.org().owner().token(),
            Map.of(
                "provider",
                "integrations:vsts",
                "installation",
                String.valueOf(installed.id()),
                "identifier",
                repositoryId(installed, repository)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  static Map<String, Object> ref(
      String repository, String commit, @Nullable String previousCommit) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("repository", repository);
    ref.put("commit", commit);
    if (previousCommit != null) {
      ref.put("previousCommit", previousCommit);
    }
    return ref;
  }

  TestApi.Response createRelease(Installed installed, String version, List<?> refs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", version);
    body.put("projects", List.of(installed.org().project()));
    body.put("refs", refs);
    return api.post(orgPath(installed) + "releases/", installed.org().owner().token(), body);
  }

  /** Creates a release (expecting 201) and runs its commit fetch. */
  JsonNode release(Installed installed, String version, List<?> refs) {
    TestApi.Response created = createRelease(installed, version, refs);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    dueJobs.run();
    return release(installed, version);
  }

  JsonNode release(Installed installed, String version) {
    return get(installed, "releases/" + version + "/");
  }

  List<JsonNode> releaseCommits(Installed installed, String version) {
    List<JsonNode> commits = new ArrayList<>();
    get(installed, "releases/" + version + "/commits/").forEach(commits::add);
    return commits;
  }

  JsonNode get(Installed installed, String path) {
    TestApi.Response response = api.get(orgPath(installed) + path, installed.org().owner().token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  long lastRequest() {
    List<RequestLog.Entry> all = integrations.emulator().requests(0);
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  /** The ADO requests served since {@code seq} whose path contains {@code part}. */
  List<RequestLog.Entry> requestsSince(long seq, String part) {
    return integrations.emulator().requests(seq).stream()
        .filter(entry -> entry.path().contains(part))
        .toList();
  }
}
