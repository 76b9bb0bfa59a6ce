package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.AdolinkApplication;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An accepted event is never lost: the server runs as a separate process, eight senders post events
 * as fast as it takes them, and the process is killed with SIGKILL in the middle of the burst.
 * After a restart on the same database every event that was answered 200 is an event of its issue,
 * counted once. Not an {@code @AdolinkIT}: it runs its own server.
 */
class KillDuringBurstIT {

  private static final String TOKEN = "kill-test-token";
  private static final int SENDERS = 8;
  private static final int ACCEPTED_BEFORE_KILL = 150;

  private Process server;
  private Path log;

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
  }

  @Test
  void everyEventAnswered200SurvivesAKillNineDuringABurst() throws Exception {
    Map<String, String> database = TestDatabase.fresh();
    int port = freePort();
    log = Files.createTempFile("adolink-kill-", ".log");
    server = start(database, port);
    TestApi api = new TestApi(() -> port);
    awaitHealthy(api);
    api.post("/api/0/organizations/", TOKEN, Map.of("slug", "kill", "name", "Kill"));
    api.post("/api/0/organizations/kill/projects/", TOKEN, Map.of("slug", "app", "name", "App"));
    JsonNode key = api.get("/api/0/projects/kill/app/keys/", TOKEN).json().get(0);
    String path = "/api/" + key.get("projectId").asString() + "/envelope/";
    Map<String, String> headers =
        Map.of("X-Sentry-Auth", SdkRequests.auth(key.get("public").asString()));

    Set<String> accepted = ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    SdkRequests sdk = new SdkRequests(api.baseUrl());
    for (int i = 0; i < SENDERS; i++) {
      senders.submit(
          () -> {
            while (!killed.get()) {
              String id = IngestFixtures.eventId();
              try {
                var answer =
                    sdk.post(
                        path,
                        headers,
                        SdkRequests.envelope(
                            "{}",
                            IngestFixtures.javaEvent(
                                id,
                                "java.lang.IllegalStateException",
                                "burst",
                                "com.acme.Burst.run:1")));
                if (answer.status() == 200) {
                  accepted.add(id);
                }
              } catch (RuntimeException connectionLost) {
                // the server is gone: what it answered before counts
              }
            }
          });
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (accepted.size() < ACCEPTED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
      Thread.sleep(20); // waiting for another process, not for time
    }
    server.destroyForcibly(); // SIGKILL
    server.waitFor(30, TimeUnit.SECONDS);
    killed.set(true);
    senders.shutdown();
    assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(accepted)
        .as("events accepted before the kill")
        .hasSizeGreaterThanOrEqualTo(ACCEPTED_BEFORE_KILL);

    server = start(database, port);
    awaitHealthy(api);
    // jobs a dead scheduler had picked are revived after its heartbeat times out (under a minute)
    Set<String> stored = Set.of();
    JsonNode issue = null;
    Instant processed = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(processed)) {
      JsonNode issues = api.get("/api/0/organizations/kill/issues/", TOKEN).json();
      if (!issues.isEmpty()) {
        issue = issues.get(0);
        stored = eventIds(api, issue.get("id").asString());
        if (stored.containsAll(accepted)) {
          break;
        }
      }
      Thread.sleep(500); // the restarted server processes in the background
    }
    Set<String> missing = new HashSet<>(accepted);
    missing.removeAll(stored);
    assertThat(missing).as("accepted events lost (server log " + log + ")").isEmpty();
    assertThat(api.get("/api/0/organizations/kill/issues/", TOKEN).json()).hasSize(1);
    issue =
        api.get("/api/0/organizations/kill/issues/" + issue.get("id").asString() + "/", TOKEN)
            .json();
    assertThat(Long.parseLong(issue.get("count").asString()))
        .as("each stored event counted once")
        .isEqualTo(eventIds(api, issue.get("id").asString()).size());
  }

  private static Set<String> eventIds(TestApi api, String issueId) {
    Set<String> ids = new HashSet<>();
    String cursor = "";
    for (int page = 0; page < 1000; page++) {
      var response =
          api.get(
              "/api/0/organizations/kill/issues/" + issueId + "/events/?limit=100&cursor=" + cursor,
              TOKEN);
      response.json().forEach(event -> ids.add(event.get("eventID").asString()));
      String link = response.header("Link").orElse("");
      int next = link.indexOf("rel=\"next\"; results=\"true\"; cursor=\"");
      if (next < 0) {
        return ids;
      }
      int start = next + "rel=\"next\"; results=\"true\"; cursor=\"".length();
      cursor = link.substring(start, link.indexOf('"', start));
    }
    return ids;
  }

  private Process start(Map<String, String> database, int port) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AdolinkApplication.class.getName());
    command.add("--server.port=" + port);
    command.add("--adolink.bootstrap.admin-email=admin@kill.test");
    command.add("--adolink.bootstrap.admin-password=admin-password");
    command.add("--adolink.bootstrap.api-token=" + TOKEN);
    command.add("--adolink.jobs.polling-interval=1s");
    database.forEach((name, value) -> command.add("--" + name + "=" + value));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private void awaitHealthy(TestApi api) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      assertThat(server.isAlive()).as("the server exited; see " + log).isTrue();
      try {
        if (api.get("/actuator/health", null).status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(200); // waiting for another process to start
    }
    throw new AssertionError("the server did not start within 3 minutes; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
