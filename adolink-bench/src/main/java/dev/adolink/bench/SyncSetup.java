package dev.adolink.bench;

import dev.adolink.bench.harness.EmulatorProcess;
import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * What the sync benchmarks start from, made through the public APIs as a user would: an emulator
 * organization ({@code bench}) with a project {@code Web} (Agile) and N active bugs, a tracker
 * organization with the ADO organization installed (PAT), a status mapping for {@code Web}
 * (Resolved/Active), and one issue linked to each bug.
 */
final class SyncSetup {

  static final String ORGANIZATION = "bench";
  static final String PAT = "bench-owner-pat";

  private static final int LINKERS = 4;

  /**
   * @param workItems the bug ids, in order; {@code issues[i]} is linked to {@code workItems[i]}
   */
  record Linked(
      String adoOrganizationId,
      String projectId,
      long installationId,
      String orgSlug,
      List<Integer> workItems,
      List<Long> issues) {}

  private SyncSetup() {}

  static Linked linked(Stack stack, int count, Map<String, Object> flags) {
    EmulatorProcess emulator = stack.emulator();
    JsonNode seeded = emulator.control().post("seed", seed(count));
    String adoId = seeded.get(0).get("id").asString();
    Http ado = emulator.api(ORGANIZATION, PAT);
    String projectId = ado.get("_apis/projects/Web?api-version=7.1").get("id").asString();
    List<Integer> workItems = new ArrayList<>();
    JsonNode found =
        ado.post(
            "Web/_apis/wit/wiql?api-version=7.1",
            Map.of("query", "Select [System.Id] From WorkItems Order By [System.Id]"));
    found.get("workItems").forEach(item -> workItems.add(item.get("id").asInt()));

    Http api = stack.server().api();
    String slug = "bench";
    api.post("api/0/organizations/", Map.of("slug", slug, "name", "Bench"));
    api.post("api/0/organizations/" + slug + "/projects/", Map.of("slug", "app", "name", "App"));
    long installation =
        api.post(
                "api/0/organizations/" + slug + "/integrations/azure-devops/",
                Map.of("organizationUrl", emulator.url(ORGANIZATION + "/"), "pat", PAT))
            .get("id")
            .asLong();
    Map<String, Object> config = new java.util.HashMap<>(flags);
    config.put(
        "sync_status_forward",
        Map.of(projectId, Map.of("on_resolve", "Resolved", "on_unresolve", "Active")));
    api.put(integrationPath(slug, installation) + "config/", config);
    List<Long> issues = linkIssues(api, slug, installation, workItems);
    Linked linked = new Linked(adoId, projectId, installation, slug, workItems, issues);
    awaitQuiet(stack, linked);
    return linked;
  }

  /** One new issue linked to each work item, through the API, a few at a time. */
  private static List<Long> linkIssues(
      Http api, String slug, long installation, List<Integer> workItems) {
    ExecutorService pool = Executors.newFixedThreadPool(LINKERS);
    try {
      List<Future<Long>> issues = new ArrayList<>();
      for (int workItem : workItems) {
        issues.add(pool.submit(() -> linkedIssue(api, slug, installation, workItem)));
      }
      List<Long> ids = new ArrayList<>();
      for (Future<Long> issue : issues) {
        ids.add(issue.get());
      }
      return ids;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("linking failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long linkedIssue(Http api, String slug, long installation, int workItem) {
    long issue =
        api.post("api/0/projects/" + slug + "/app/issues/", Map.of("title", "Crash " + workItem))
            .get("id")
            .asLong();
    api.put(
        "api/0/organizations/" + slug + "/issues/" + issue + "/integrations/" + installation + "/",
        Map.of("externalIssue", String.valueOf(workItem)));
    return issue;
  }

  static String integrationPath(String slug, long installation) {
    return "api/0/organizations/" + slug + "/integrations/" + installation + "/";
  }

  /** Waits until the server processed every delivery it received (setup makes some). */
  static void awaitQuiet(Stack stack, Linked linked) {
    String received =
        integrationPath(linked.orgSlug(), linked.installationId())
            + "deliveries/?status=received&limit=1";
    await(() -> stack.server().api().get(received).isEmpty(), 120_000);
  }

  static void await(BooleanSupplier condition, long timeoutMillis) {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new IllegalStateException("gave up waiting after " + timeoutMillis + " ms");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Map<String, Object> seed(int count) {
    List<Map<String, Object>> bugs = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      bugs.add(
          Map.of(
              "type",
              "Bug",
              "fields",
              Map.of("System.Title", "Crash " + i, "System.State", "Active")));
    }
    return Map.of(
        "organizations",
        List.of(
            Map.of(
                "name",
                ORGANIZATION,
                "users",
                List.of(Map.of("email", "owner@bench.example", "displayName", "Owner", "pat", PAT)),
                "projects",
                List.of(Map.of("name", "Web", "process", "Agile", "workItems", bugs)))));
  }
}
