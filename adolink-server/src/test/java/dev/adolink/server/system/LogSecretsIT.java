package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestDatabase;
import dev.adolink.server.support.TestEmulator;
import dev.adolink.server.support.TrackerFixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run of the packaged server ({@code target/adolink.jar}, as an operator starts it: its own
 * process, JSON logs on the console with {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, debug
 * logging for adolink) through an install with a PAT, deliveries with their webhook secrets, a
 * delivery with a wrong secret and a re-authorization; then its whole log is searched for every
 * secret the run used. Not an {@code @AdolinkIT}: the log of a process of its own is what is read.
 */
class LogSecretsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> EVENT_TYPES =
      List.of(
          "workitem.updated",
          "workitem.commented",
          "workitem.deleted",
          "workitem.restored",
          "git.push");

  @Test
  void aRunsJsonLogNamesTheInstallationAndDeliveryOfEachLineButNoneOfItsSecrets() throws Exception {
    Path jar = Path.of("target", "adolink.jar");
    assumeThat(Files.exists(jar)).as("the packaged server (mvn package) is needed").isTrue();
    AdoEmulator emulator = TestEmulator.get();
    int port = freePort();
    String secretKey = randomKey();
    Map<String, String> settings = new LinkedHashMap<>(TestDatabase.fresh());
    settings.putAll(TestEmulator.properties(emulator));
    settings.put("server.port", String.valueOf(port));
    settings.put("adolink.public-url", "http://localhost:" + port);
    settings.put("adolink.bootstrap.admin-email", TestApi.ADMIN_EMAIL);
    settings.put("adolink.bootstrap.admin-password", TestApi.ADMIN_PASSWORD);
    settings.put("adolink.bootstrap.api-token", TestApi.ADMIN_TOKEN);
    settings.put("adolink.jobs.polling-interval", "100ms");
    settings.put("logging.level.dev.adolink", "debug");
    Path log = Files.createDirectories(Path.of("target", "log-secrets")).resolve("server.log");

    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    builder.environment().put("ADOLINK_SECRET_KEY", secretKey);
    builder.environment().put("SPRING_MAIN_BANNER_MODE", "off");
    Process server = builder.start();
    List<String> secrets = new ArrayList<>(List.of(secretKey, TestApi.ADMIN_PASSWORD));
    long[] installedId = new long[1];
    try {
      TestApi api = new TestApi(() -> port);
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> !server.isAlive() || ready(api));
      assertThat(server.isAlive()).as("the server started (see %s)", log).isTrue();

      TrackerFixtures tracker = new TrackerFixtures(api);
      IntegrationFixtures integrations = new IntegrationFixtures(api, tracker, emulator);
      Installed installed = integrations.installed();
      installedId[0] = installed.id();
      secrets.add(installed.ado().owner().pat());
      for (String eventType : EVENT_TYPES) {
        secrets.add(integrations.secret(installed, eventType));
      }
      secrets.add(installed.org().owner().token());

      int workItem =
          installed.ado().workItems().create("Web", "Bug", Map.of("System.Title", "Crash"));
      installed
          .ado()
          .workItems()
          .as(installed.ado().developer().email())
          .update(workItem, Map.of("System.State", "Active"));
      integrations.awaitDeliveries();
      String wrongSecret = "wrong-" + UUID.randomUUID();
      secrets.add(wrongSecret);
      String delivery =
          """
          {"eventType": "workitem.updated", "id": "%s",
           "resourceContainers": {"collection": {"id": "%s"}}}"""
              .formatted(UUID.randomUUID(), installed.ado().id());
      assertThat(integrations.deliver(delivery, wrongSecret).status()).isEqualTo(401);
      TestApi.Response reauthorized =
          api.put(
              installed.path(),
              installed.org().owner().token(),
              Map.of("pat", installed.ado().developer().pat()));
      assertThat(reauthorized.status()).as(reauthorized.body()).isEqualTo(200);
      secrets.add(installed.ado().developer().pat());
      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> noneReceived(api, installed));
    } finally {
      server.destroy();
      server.waitFor();
    }

    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(20);
    List<JsonNode> entries = new ArrayList<>();
    for (String line : lines) {
      entries.add(JSON.readTree(line));
    }
    assertThat(entries)
        .allSatisfy(entry -> assertThat(entry.has("@timestamp") && entry.has("message")).isTrue());
    assertThat(entries)
        .anySatisfy(
            entry -> {
              assertThat(field(entry, LogFields.JOB_TYPE).asString())
                  .isEqualTo("webhooks.deliveries");
              assertThat(field(entry, LogFields.DELIVERY).isMissingNode()).isFalse();
            });
    assertThat(entries)
        .anySatisfy(
            entry ->
                assertThat(field(entry, LogFields.INSTALLATION).asString())
                    .isEqualTo(String.valueOf(installedId[0])));
    String text = String.join("\n", lines);
    assertThat(secrets).allSatisfy(secret -> assertThat(text).as("the log").doesNotContain(secret));
  }

  /**
   * An MDC field: ECS nests dotted names ({@code installation.id} as {@code installation: {id}}).
   */
  private static JsonNode field(JsonNode entry, String name) {
    JsonNode flat = entry.path(name);
    if (!flat.isMissingNode()) {
      return flat;
    }
    JsonNode node = entry;
    for (String part : name.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }

  private static boolean ready(TestApi api) {
    try {
      return api.get("/actuator/health/readiness", null).status() == 200;
    } catch (RuntimeException notYet) {
      return false;
    }
  }

  private static boolean noneReceived(TestApi api, Installed installed) {
    TestApi.Response deliveries =
        api.get(installed.path() + "deliveries/?status=received", installed.org().owner().token());
    return deliveries.status() == 200 && deliveries.json().isEmpty();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
