package dev.adolink.bench;

import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.ServerProcess;
import dev.adolink.bench.harness.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The flows of {@code bench/run crash}: each drives the server through its HTTP API (and Azure
 * DevOps through the emulator's), kills the server with SIGKILL in the middle, starts it again on
 * the same data, and compares what the server acknowledged or was asked to do with what the server
 * and the emulator (ADO's truth) hold afterwards: lost, duplicated, and the seconds from the
 * restart (healthy) until everything converged.
 */
final class CrashFlows {

  /**
   * @param sent what the flow asked for (acknowledged writes, changes, commits)
   * @param pendingAtKill what was still in flight when the server was killed, where it can be seen
   * @param converged seconds from the restarted server's health to convergence, -1 if it did not
   */
  record Outcome(
      String flow,
      int sent,
      int pendingAtKill,
      int applied,
      int lost,
      int duplicated,
      double converged) {

    boolean clean() {
      return lost == 0 && duplicated == 0 && converged >= 0;
    }
  }

  static final Duration CONVERGE_WITHIN = Duration.ofSeconds(180);

  /** Outbound retries back off from 30 s, so an outage takes minutes to recover from. */
  static final Duration OUTAGE_CONVERGE_WITHIN = Duration.ofMinutes(6);

  private CrashFlows() {}

  /** Issues created in a loop by four clients; every one answered 201 must be there. */
  static Outcome apiWrites(Stack stack, Duration killAfter) throws InterruptedException {
    Http api = stack.server().api();
    api.post("api/0/organizations/", Map.of("slug", "crash", "name", "Crash"));
    api.post("api/0/organizations/crash/projects/", Map.of("slug", "app", "name", "App"));
    Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; ; i++) {
                  try {
                    acknowledged.add(
                        api.post(
                                "api/0/projects/crash/app/issues/",
                                Map.of("title", "write " + writer + "-" + i))
                            .get("id")
                            .asLong());
                  } catch (RuntimeException killed) {
                    return;
                  }
                }
              });
      thread.start();
      writers.add(thread);
    }
    Thread.sleep(killAfter.toMillis());
    stack.server().kill();
    for (Thread thread : writers) {
      thread.join();
    }
    long restarted = restart(stack);
    int lost = 0;
    for (long id : acknowledged) {
      if (api.exchange("GET", "api/0/organizations/crash/issues/" + id + "/", null).statusCode()
          != 200) {
        lost++;
      }
    }
    return new Outcome(
        "api writes",
        acknowledged.size(),
        0,
        acknowledged.size() - lost,
        lost,
        0,
        (System.nanoTime() - restarted) / 1e9);
  }

  /**
   * Linked issues resolved in bulk and commented on, while ADO answers slowly; killed while the
   * writes go out. Every work item must end in the mapped state and every comment be in ADO once.
   */
  static Outcome outbound(Stack stack, int issues, int comments, Duration killAfter)
      throws InterruptedException {
    SyncSetup.Linked linked =
        SyncSetup.linked(
            stack, issues, Map.of("sync_comments", true, "sync_status_reverse", false));
    Http api = stack.server().api();
    stack.emulator().faults(Map.of("latencyMs", 50));
    outboundBurst(api, linked, comments);
    Thread.sleep(killAfter.toMillis());
    int pending = resolvedInAdo(stack) < issues ? issues - resolvedInAdo(stack) : 0;
    stack.server().kill();
    long restarted = restart(stack);
    Http ado = stack.emulator().api(SyncSetup.ORGANIZATION, SyncSetup.PAT);
    IntSupplier missing =
        () -> {
          int notThere = issues - resolvedInAdo(stack);
          for (int i = 0; i < comments; i++) {
            notThere +=
                adoComments(ado, linked.workItems().get(i), "crash comment " + i) == 0 ? 1 : 0;
          }
          return notThere;
        };
    double converged = awaitZero(missing, restarted);
    stack.emulator().clearFaults();
    Counted counted = inAdo(stack, ado, linked, issues, comments);
    int lost = counted.lost();
    int duplicated = counted.duplicated();
    return new Outcome(
        "outbound status + comments",
        issues + comments,
        pending,
        issues + comments - lost,
        lost,
        duplicated,
        converged);
  }

  /**
   * Work items resolved and commented on in ADO; the server is killed as soon as it has accepted
   * most deliveries (many not yet applied). Every issue must end resolved, with each comment once.
   */
  static Outcome inbound(Stack stack, int workItems) throws InterruptedException {
    SyncSetup.Linked linked = inboundSetup(stack, workItems);
    int pending = inboundBurst(stack, linked, workItems);
    stack.server().kill();
    long restarted = restart(stack);
    return inboundOutcome(
        "inbound state + comments", stack.server().api(), linked, workItems, pending, restarted);
  }

  /**
   * Two instances on one database: ADO delivers to the first, jobs run on both; the second is
   * killed in the middle of the burst and not started again. The first must take over the work the
   * second held: every issue resolved, each comment once, within a minute of the kill.
   */
  static Outcome twoInstances(Stack stack, Path secondDataDir, int workItems)
      throws InterruptedException {
    try (ServerProcess second = stack.server().another(secondDataDir)) {
      SyncSetup.Linked linked = inboundSetup(stack, workItems);
      int pending = inboundBurst(stack, linked, workItems);
      second.kill();
      long killed = System.nanoTime();
      return inboundOutcome(
          "two instances, one killed", stack.server().api(), linked, workItems, pending, killed);
    }
  }

  private static SyncSetup.Linked inboundSetup(Stack stack, int workItems) {
    return SyncSetup.linked(
        stack, workItems, Map.of("sync_comments", true, "sync_status_reverse", true));
  }

  /** Resolves and comments on every work item in ADO; answers the deliveries not yet applied. */
  private static int inboundBurst(Stack stack, SyncSetup.Linked linked, int workItems) {
    Http ado = stack.emulator().api(SyncSetup.ORGANIZATION, SyncSetup.PAT);
    int deliveredBefore = answered(stack);
    for (int i = 0; i < workItems; i++) {
      int id = linked.workItems().get(i);
      ado.patchWorkItem(
          "_apis/wit/workitems/" + id + "?api-version=7.1",
          List.of(Map.of("op", "add", "path", "/fields/System.State", "value", "Resolved")));
      ado.post(
          "Web/_apis/wit/workItems/" + id + "/comments?api-version=7.1-preview.4",
          Map.of("text", "ado comment " + i));
    }
    int expected = workItems * 2; // at least workitem.updated and workitem.commented each
    SyncSetup.await(() -> answered(stack) - deliveredBefore >= expected * 2 / 3, 120_000);
    String received =
        SyncSetup.integrationPath(linked.orgSlug(), linked.installationId())
            + "deliveries/?status=received&limit=1000";
    return stack.server().api().get(received).size();
  }

  private static Outcome inboundOutcome(
      String flow, Http api, SyncSetup.Linked linked, int workItems, int pending, long since)
      throws InterruptedException {
    IntSupplier missing =
        () -> {
          int notThere = 0;
          for (int i = 0; i < workItems; i++) {
            notThere += issueComments(api, linked, i) == 0 ? 1 : 0;
            notThere += resolved(api, linked, i) ? 0 : 1;
          }
          return notThere;
        };
    double converged = awaitZero(missing, since);
    int duplicated = 0;
    int lost = 0;
    for (int i = 0; i < workItems; i++) {
      int found = issueComments(api, linked, i);
      duplicated += Math.max(0, found - 1);
      lost += (found == 0 ? 1 : 0) + (resolved(api, linked, i) ? 0 : 1);
    }
    return new Outcome(
        flow, workItems * 2, pending, workItems * 2 - lost, lost, duplicated, converged);
  }

  /**
   * No kill: an outbound burst while ADO is down for a while (503s) and then throttles (429 with a
   * {@code Retry-After} window). Everything must arrive once after ADO recovers, and no request may
   * be sent while a {@code Retry-After} window is open (counted in {@code duplicated}'s place as
   * early requests would be a fault of the same kind: see {@link BulkResolve#earlyRetries}).
   */
  static Outcome outageAndThrottle(Stack stack, int issues, int comments, int outageRequests)
      throws InterruptedException {
    SyncSetup.Linked linked =
        SyncSetup.linked(
            stack, issues, Map.of("sync_comments", true, "sync_status_reverse", false));
    Http api = stack.server().api();
    long mark = stack.emulator().lastRequestSeq();
    stack
        .emulator()
        .faults(
            Map.of(
                "outage",
                Map.of("status", 503, "requests", outageRequests),
                "throttle",
                Map.of(
                    "mode",
                    "block",
                    "retryAfterSeconds",
                    BulkResolve.RETRY_AFTER_SECONDS,
                    "afterRequests",
                    3)));
    long start = System.nanoTime();
    outboundBurst(api, linked, comments);
    // ADO's truth is asked only once the faults are cleared (asking counts against them): until
    // then, wait for the server to have settled every write
    String outbound =
        SyncSetup.integrationPath(linked.orgSlug(), linked.installationId())
            + "sync-log/?direction=outbound&limit=1000";
    double converged =
        awaitZero(
            () -> Math.max(0, issues + comments - (int) BulkResolve.settled(api.get(outbound))),
            start,
            OUTAGE_CONVERGE_WITHIN);
    List<JsonNode> calls = new ArrayList<>();
    stack.emulator().requestsSince(mark).forEach(calls::add);
    stack.emulator().clearFaults();
    Http ado = stack.emulator().api(SyncSetup.ORGANIZATION, SyncSetup.PAT);
    Counted counted = inAdo(stack, ado, linked, issues, comments);
    int lost = counted.lost();
    int duplicated = counted.duplicated();
    int early = BulkResolve.earlyRetries(calls);
    if (early > 0) {
      System.err.println("early requests (inside a Retry-After window): " + earlyCalls(calls));
    }
    return new Outcome(
        "outage + 429 during a burst (" + early + " early requests)",
        issues + comments,
        issues + comments,
        issues + comments - lost,
        lost,
        duplicated + early,
        converged);
  }

  /** The calls {@link BulkResolve#earlyRetries} counts, with their time after the window opened. */
  private static List<String> earlyCalls(List<JsonNode> calls) {
    List<String> early = new ArrayList<>();
    long windowStart = Long.MIN_VALUE;
    long windowEnd = Long.MIN_VALUE;
    for (JsonNode call : calls) {
      long at = call.get("at").asLong();
      if (at < windowEnd) {
        early.add(
            call.get("method").asString()
                + " "
                + call.get("path").asString()
                + " -> "
                + call.get("status").asInt()
                + " at +"
                + (at - windowStart)
                + " ms");
      }
      if (call.get("status").asInt() == 429 && at >= windowEnd) {
        windowStart = at;
        windowEnd = at + BulkResolve.RETRY_AFTER_SECONDS * 1000L;
      }
    }
    return early;
  }

  /** Resolves every linked issue in one bulk request and comments on the first {@code comments}. */
  private static void outboundBurst(Http api, SyncSetup.Linked linked, int comments) {
    String ids = linked.issues().stream().map(id -> "id=" + id).collect(Collectors.joining("&"));
    api.put(
        "api/0/organizations/" + linked.orgSlug() + "/issues/?" + ids,
        Map.of("status", "resolved"));
    for (int i = 0; i < comments; i++) {
      api.post(
          "api/0/organizations/"
              + linked.orgSlug()
              + "/issues/"
              + linked.issues().get(i)
              + "/comments/",
          Map.of("text", "crash comment " + i));
    }
  }

  private record Counted(int lost, int duplicated) {}

  /**
   * What ADO holds of an {@link #outboundBurst}: work items not resolved, comments missing or
   * twice.
   */
  private static Counted inAdo(
      Stack stack, Http ado, SyncSetup.Linked linked, int issues, int comments) {
    int duplicated = 0;
    int lostComments = 0;
    for (int i = 0; i < comments; i++) {
      int found = adoComments(ado, linked.workItems().get(i), "crash comment " + i);
      duplicated += Math.max(0, found - 1);
      lostComments += found == 0 ? 1 : 0;
    }
    return new Counted(issues - resolvedInAdo(stack) + lostComments, duplicated);
  }

  /**
   * Issues created in a burst, each firing an alert rule that creates a work item in ADO (slowed
   * down); killed while the rule's work items are being created. Every issue acknowledged must end
   * with exactly one work item, linked, and ADO must hold one per issue: none missing, none twice.
   */
  static Outcome alertRules(Stack stack, int issues, Duration killAfter)
      throws InterruptedException {
    SyncSetup.Linked linked =
        SyncSetup.linked(stack, 1, Map.of("sync_comments", false, "sync_status_reverse", false));
    Http api = stack.server().api();
    api.post(
        "api/0/projects/" + linked.orgSlug() + "/app/alert-rules/",
        Map.of(
            "name",
            "Errors to ADO",
            "conditions",
            Map.of(),
            "action",
            Map.of(
                "integrationId",
                linked.installationId(),
                "project",
                "Web",
                "work_item_type",
                "Task")));
    stack.emulator().faults(Map.of("latencyMs", 50));
    Map<Long, String> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
    List<Thread> writers = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    for (int w = 0; w < 4; w++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < issues; i = next.getAndIncrement()) {
                  String title = "alert crash " + i;
                  try {
                    long id =
                        api.post(
                                "api/0/projects/" + linked.orgSlug() + "/app/issues/",
                                Map.of("title", title, "level", "error"))
                            .get("id")
                            .asLong();
                    acknowledged.put(id, title);
                  } catch (RuntimeException killed) {
                    return;
                  }
                }
              });
      thread.start();
      writers.add(thread);
    }
    Thread.sleep(killAfter.toMillis());
    Http ado = stack.emulator().api(SyncSetup.ORGANIZATION, SyncSetup.PAT);
    int createdAtKill = tasksInAdo(ado);
    stack.server().kill();
    for (Thread thread : writers) {
      thread.join();
    }
    long restarted = restart(stack);
    IntSupplier missing =
        () -> {
          int notThere = 0;
          for (long id : acknowledged.keySet()) {
            notThere += externalIssues(api, linked, id) == 0 ? 1 : 0;
          }
          return notThere;
        };
    double converged = awaitZero(missing, restarted);
    stack.emulator().clearFaults();
    int lost = 0;
    int duplicated = 0;
    for (Map.Entry<Long, String> issue : acknowledged.entrySet()) {
      int inAdo = tasksTitled(ado, issue.getValue());
      int linkedItems = externalIssues(api, linked, issue.getKey());
      lost += inAdo == 0 || linkedItems == 0 ? 1 : 0;
      duplicated += Math.max(0, inAdo - 1) + Math.max(0, linkedItems - 1);
    }
    return new Outcome(
        "alert rules: a work item per new issue",
        acknowledged.size(),
        Math.max(0, acknowledged.size() - createdAtKill),
        acknowledged.size() - lost,
        lost,
        duplicated,
        converged);
  }

  private static int externalIssues(Http api, SyncSetup.Linked linked, long issue) {
    return api.get("api/0/organizations/" + linked.orgSlug() + "/issues/" + issue + "/")
        .path("externalIssues")
        .size();
  }

  private static int tasksInAdo(Http ado) {
    return ado.post(
            "Web/_apis/wit/wiql?api-version=7.1",
            Map.of(
                "query", "Select [System.Id] From WorkItems Where [System.WorkItemType] = 'Task'"))
        .get("workItems")
        .size();
  }

  private static int tasksTitled(Http ado, String title) {
    return ado.post(
            "Web/_apis/wit/wiql?api-version=7.1",
            Map.of(
                "query",
                "Select [System.Id] From WorkItems Where [System.WorkItemType] = 'Task'"
                    + " And [System.Title] = '"
                    + title
                    + "'"))
        .get("workItems")
        .size();
  }

  /**
   * SDK events sent to the envelope endpoint by eight senders as fast as the server takes them;
   * killed in the middle of the burst. Every event answered 200 must be an event of its issue after
   * the restart, and the issue's count must equal its events: counted exactly once.
   */
  static Outcome sdkEvents(Stack stack, int acceptedBeforeKill) throws InterruptedException {
    Http api = stack.server().api();
    api.post("api/0/organizations/", Map.of("slug", "sdk", "name", "SDK"));
    api.post("api/0/organizations/sdk/projects/", Map.of("slug", "app", "name", "App"));
    JsonNode key = api.get("api/0/projects/sdk/app/keys/").get(0);
    String envelope =
        stack.server().baseUrl() + "api/" + key.get("projectId").asString() + "/envelope/";
    String auth =
        "Sentry sentry_version=7, sentry_client=bench/1.0, sentry_key="
            + key.get("public").asString();
    Queue<String> accepted = new ConcurrentLinkedQueue<>();
    java.util.concurrent.atomic.AtomicBoolean killed =
        new java.util.concurrent.atomic.AtomicBoolean();
    List<Thread> senders = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      Thread thread =
          new Thread(
              () -> {
                while (!killed.get()) {
                  String id = java.util.UUID.randomUUID().toString().replace("-", "");
                  try {
                    java.net.http.HttpResponse<Void> answer =
                        api.client()
                            .send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(envelope))
                                    .header("X-Sentry-Auth", auth)
                                    .header("Content-Type", "application/x-sentry-envelope")
                                    .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                            sdkEnvelope(id)))
                                    .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200) {
                      accepted.add(id);
                    }
                  } catch (java.io.IOException | RuntimeException connectionLost) {
                    // the server is gone: what it answered before counts
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      thread.start();
      senders.add(thread);
    }
    SyncSetup.await(() -> accepted.size() >= acceptedBeforeKill, 180_000);
    stack.server().kill();
    killed.set(true);
    for (Thread thread : senders) {
      thread.join();
    }
    long restarted = restart(stack);
    java.util.Set<String> sent = new java.util.HashSet<>(accepted);
    IntSupplier missing =
        () -> {
          java.util.Set<String> notThere = new java.util.HashSet<>(sent);
          notThere.removeAll(sdkEventIds(api));
          return notThere.size();
        };
    double converged = awaitZero(missing, restarted);
    java.util.Set<String> stored = sdkEventIds(api);
    JsonNode issues = api.get("api/0/organizations/sdk/issues/");
    long counted = 0;
    for (JsonNode issue : issues) {
      counted += Long.parseLong(issue.get("count").asString());
    }
    java.util.Set<String> lostIds = new java.util.HashSet<>(sent);
    lostIds.removeAll(stored);
    return new Outcome(
        "SDK event burst (" + issues.size() + " issue, " + stored.size() + " events stored)",
        sent.size(),
        0,
        sent.size() - lostIds.size(),
        lostIds.size(),
        (int) Math.max(0, counted - stored.size()),
        converged);
  }

  private static String sdkEnvelope(String eventId) {
    String event =
        Http.JSON.writeValueAsString(
            Map.of(
                "event_id",
                eventId,
                "platform",
                "java",
                "level",
                "error",
                "exception",
                Map.of(
                    "values",
                    List.of(
                        Map.of(
                            "type",
                            "java.lang.IllegalStateException",
                            "value",
                            "burst",
                            "stacktrace",
                            Map.of(
                                "frames",
                                List.of(
                                    Map.of(
                                        "module", "com.acme.Burst",
                                        "function", "run",
                                        "filename", "Burst.java",
                                        "lineno", 1,
                                        "in_app", true))))))));
    int length = event.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return "{}\n{\"type\":\"event\",\"length\":" + length + "}\n" + event + "\n";
  }

  /** The ids of every event of the SDK flow's issues, through the events API's pages. */
  private static java.util.Set<String> sdkEventIds(Http api) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (JsonNode issue : api.get("api/0/organizations/sdk/issues/")) {
      String cursor = "";
      for (int page = 0; page < 10_000; page++) {
        java.net.http.HttpResponse<String> response =
            api.exchange(
                "GET",
                "api/0/organizations/sdk/issues/"
                    + issue.get("id").asString()
                    + "/events/?limit=100&cursor="
                    + cursor,
                null);
        Http.JSON.readTree(response.body()).forEach(e -> ids.add(e.get("eventID").asString()));
        String link = response.headers().firstValue("Link").orElse("");
        String marker = "rel=\"next\"; results=\"true\"; cursor=\"";
        int at = link.indexOf(marker);
        if (at < 0) {
          break;
        }
        int start = at + marker.length();
        cursor = link.substring(start, link.indexOf('"', start));
      }
    }
    return ids;
  }

  /** A release of many commits, killed while its commits are fetched: all must arrive, once. */
  static Outcome commitFetch(Stack stack, int commits) throws InterruptedException {
    Http api = stack.server().api();
    String pat = CommitRangeSetup.organization(stack.emulator(), List.of("crash"));
    CommitRangeSetup.Range range = CommitRangeSetup.generate(stack.emulator(), "crash", commits, 2);
    CommitRangeSetup.connect(api, stack.emulator(), pat, List.of(range));
    stack.emulator().faults(Map.of("latencyMs", 25));
    String release = "api/0/organizations/" + CommitRangeSetup.ORG + "/releases/crash-1/";
    api.post(
        "api/0/organizations/" + CommitRangeSetup.ORG + "/releases/",
        Map.of(
            "version",
            "crash-1",
            "projects",
            List.of(CommitRangeSetup.TRACKER_PROJECT),
            "refs",
            List.of(
                Map.of(
                    "repository",
                    range.name(),
                    "commit",
                    range.lastCommit(),
                    "previousCommit",
                    range.previousCommit()))));
    SyncSetup.await(
        () -> api.get(release).get("commitFetch").get("fetched").asInt() >= commits / 4, 120_000);
    int fetchedAtKill = api.get(release).get("commitFetch").get("fetched").asInt();
    stack.server().kill();
    long restarted = restart(stack);
    double converged =
        awaitZero(
            () ->
                api.get(release).get("commitFetch").get("status").asString().equals("done") ? 0 : 1,
            restarted);
    stack.emulator().clearFaults();
    JsonNode done = api.get(release);
    int stored = done.get("commitCount").asInt();
    return new Outcome(
        "release commit fetch",
        commits,
        commits - fetchedAtKill,
        stored,
        Math.max(0, commits - stored),
        Math.max(0, stored - commits),
        converged);
  }

  /** Starts the server again; answers the moment it was healthy ({@link System#nanoTime()}). */
  private static long restart(Stack stack) {
    stack.server().restart();
    return System.nanoTime();
  }

  /** Seconds from {@code since} until {@code missing} is zero, or -1 after the time allowed. */
  private static double awaitZero(IntSupplier missing, long since) throws InterruptedException {
    return awaitZero(missing, since, CONVERGE_WITHIN);
  }

  private static double awaitZero(IntSupplier missing, long since, Duration within)
      throws InterruptedException {
    long deadline = since + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (missing.getAsInt() == 0) {
        return (System.nanoTime() - since) / 1e9;
      }
      Thread.sleep(250);
    }
    return -1;
  }

  private static int resolvedInAdo(Stack stack) {
    return stack
        .emulator()
        .api(SyncSetup.ORGANIZATION, SyncSetup.PAT)
        .post(
            "Web/_apis/wit/wiql?api-version=7.1",
            Map.of("query", "Select [System.Id] From WorkItems Where [System.State] = 'Resolved'"))
        .get("workItems")
        .size();
  }

  private static int adoComments(Http ado, int workItem, String text) {
    int found = 0;
    for (JsonNode comment :
        ado.get("Web/_apis/wit/workItems/" + workItem + "/comments?api-version=7.1-preview.4")
            .get("comments")) {
      found += comment.path("text").asString("").contains(text) ? 1 : 0;
    }
    return found;
  }

  /** Deliveries the server answered (any status) so far. */
  private static int answered(Stack stack) {
    int count = 0;
    for (JsonNode delivery : stack.emulator().deliveries()) {
      count += delivery.path("lastStatus").asInt(0) == 200 ? 1 : 0;
    }
    return count;
  }

  private static int issueComments(Http api, SyncSetup.Linked linked, int i) {
    int found = 0;
    for (JsonNode comment :
        api.get(
            "api/0/organizations/"
                + linked.orgSlug()
                + "/issues/"
                + linked.issues().get(i)
                + "/comments/")) {
      found += comment.path("text").asString("").contains("ado comment " + i) ? 1 : 0;
    }
    return found;
  }

  private static boolean resolved(Http api, SyncSetup.Linked linked, int i) {
    return api.get(
            "api/0/organizations/" + linked.orgSlug() + "/issues/" + linked.issues().get(i) + "/")
        .get("status")
        .asString()
        .equals("resolved");
  }

  static Map<String, Object> figures(Outcome outcome) {
    Map<String, Object> figures = new HashMap<>();
    figures.put("sent", outcome.sent());
    figures.put("pendingAtKill", outcome.pendingAtKill());
    figures.put("applied", outcome.applied());
    figures.put("lost", outcome.lost());
    figures.put("duplicated", outcome.duplicated());
    figures.put("convergedSeconds", outcome.converged());
    return figures;
  }
}
