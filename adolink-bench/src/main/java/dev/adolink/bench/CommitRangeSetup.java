package dev.adolink.bench;

import dev.adolink.bench.harness.EmulatorProcess;
import dev.adolink.bench.harness.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The data of {@code commit-range}: an emulator organization whose repositories each have an
 * initial commit and then generated history, installed in a tracker organization with the
 * repositories added. History is generated before the installation, so no git.push delivery stores
 * commits ahead of the releases.
 */
final class CommitRangeSetup {

  static final String ORG = "bench";
  static final String PROJECT = "Bench";
  static final String TRACKER_PROJECT = "web";

  /**
   * A repository's generated history.
   *
   * @param name {@code Project/repo}
   * @param previousCommit the initial commit, excluded from the range
   */
  record Range(
      String name, String repositoryId, String previousCommit, String lastCommit, int commits) {}

  private CommitRangeSetup() {}

  /**
   * Seeds the organization (its first user's PAT is returned) with one repository per entry of
   * {@code commits} ({@code repository name → commits}), each {@code files} changes a commit.
   */
  static String organization(EmulatorProcess ado, List<String> repositories) {
    Map<String, Object> initial =
        Map.of(
            "message",
            "Initial commit",
            "changes",
            List.of(Map.of("type", "add", "path", "/README.md", "content", "bench")));
    List<Map<String, Object>> repos = new ArrayList<>();
    repositories.forEach(name -> repos.add(Map.of("name", name, "commits", List.of(initial))));
    JsonNode seeded =
        ado.control()
            .post(
                "seed",
                Map.of(
                    "organizations",
                    List.of(
                        Map.of(
                            "name",
                            ORG,
                            "users",
                            List.of(Map.of("email", "dev@bench.example", "displayName", "Dev")),
                            "projects",
                            List.of(Map.of("name", PROJECT, "repositories", repos))))));
    return seeded.get(0).get("users").get(0).get("pat").asString();
  }

  static Range generate(EmulatorProcess ado, String repository, int commits, int files) {
    JsonNode generated = ado.generate(ORG, repository, commits, files);
    return new Range(
        PROJECT + "/" + repository,
        generated.get("repositoryId").asString(),
        generated.get("previousCommit").asString(),
        generated.get("lastCommit").asString(),
        commits);
  }

  /** A tracker organization with the ADO organization installed and these repositories added. */
  static void connect(Http api, EmulatorProcess ado, String pat, List<Range> ranges) {
    api.post("api/0/organizations/", Map.of("slug", ORG, "name", "Bench"));
    api.post(
        "api/0/organizations/" + ORG + "/projects/",
        Map.of("slug", TRACKER_PROJECT, "name", "Web"));
    JsonNode installed =
        api.post(
            "api/0/organizations/" + ORG + "/integrations/azure-devops/",
            Map.of("organizationUrl", ado.url(ORG + "/"), "pat", pat));
    for (Range range : ranges) {
      api.post(
          "api/0/organizations/" + ORG + "/repos/",
          Map.of(
              "provider",
              "integrations:vsts",
              "installation",
              installed.get("id").asString(),
              "identifier",
              range.repositoryId()));
    }
  }
}
