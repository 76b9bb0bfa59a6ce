package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adolink.server.ingest.IngestFixtures.Target;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import io.sentry.Sentry;
import io.sentry.SentryLevel;
import io.sentry.protocol.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The official Sentry SDKs, pointed at the server by their DSN: the Java SDK ({@code
 * io.sentry:sentry}, in this JVM) and the Node.js SDK ({@code @sentry/node}, installed with {@code
 * npm ci} from {@code src/test/node}). Each run's issues are asserted as a user sees them: title,
 * culprit, frames, count, release, tags.
 */
@AdolinkIT
class OfficialSdkIT {

  private static final Path NODE_SOURCES = Path.of("src/test/node");
  private static final Path NODE_WORK = Path.of("target/sentry-node-client");

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired DueJobs dueJobs;

  /** Stands for application code: its frames are in-app. */
  static final class Checkout {
    static void total(int cart) {
      throw new IllegalStateException("Cart " + cart + " is empty");
    }
  }

  @Test
  void theJavaSdkCapturesExceptionsAndMessagesIntoIssues() {
    Target target = IngestFixtures.target(tracker, api);
    List<String> sent = new ArrayList<>();
    Sentry.init(
        options -> {
          options.setDsn(target.dsn());
          options.setRelease("shop@2.0.0");
          options.setEnvironment("staging");
          options.addInAppInclude("dev.adolink.server.ingest");
          options.setEnableUncaughtExceptionHandler(false);
          options.setEnableShutdownHook(false);
        });
    try {
      Sentry.configureScope(
          scope -> {
            scope.setTag("region", "eu");
            User user = new User();
            user.setId("java-user-1");
            user.setEmail("java@example.com");
            scope.setUser(user);
          });
      for (int cart : new int[] {7, 8}) {
        try {
          Checkout.total(cart);
        } catch (IllegalStateException e) {
          sent.add(Sentry.captureException(e).toString());
        }
      }
      sent.add(Sentry.captureMessage("Inventory sync is slow", SentryLevel.WARNING).toString());
      Sentry.flush(10_000);
    } finally {
      Sentry.close();
    }
    dueJobs.run();

    JsonNode issues = issues(target);
    assertThat(issues).hasSize(2);
    // the title follows the latest event; the Java SDK sends the type without its package
    JsonNode exception = byTitle(issues, "IllegalStateException: Cart ");
    assertThat(exception.get("culprit").asString())
        .isEqualTo("dev.adolink.server.ingest.OfficialSdkIT$Checkout in total");
    assertThat(exception.get("count").asString()).isEqualTo("2");
    assertThat(exception.get("firstRelease").asString()).isEqualTo("shop@2.0.0");
    JsonNode frames = exception.get("stacktrace").get("frames");
    JsonNode crash = frames.get(frames.size() - 1);
    assertThat(crash.get("filename").asString()).isEqualTo("OfficialSdkIT.java");
    assertThat(crash.get("function").asString()).isEqualTo("total");
    assertThat(crash.get("absPath").asString())
        .isEqualTo("dev/adolink/server/ingest/OfficialSdkIT.java");
    assertThat(crash.get("inApp").asBoolean()).isTrue();
    assertThat(frames).anySatisfy(frame -> assertThat(frame.get("inApp").asBoolean()).isFalse());

    JsonNode message = byTitle(issues, "Inventory sync is slow");
    assertThat(message.get("level").asString()).isEqualTo("warning");
    assertThat(message.get("count").asString()).isEqualTo("1");

    JsonNode latest = latest(target, exception);
    assertThat(sent).contains(latest.get("eventID").asString());
    assertThat(latest.get("environment").asString()).isEqualTo("staging");
    assertThat(latest.get("user").get("email").asString()).isEqualTo("java@example.com");
    assertThat(latest.get("sdk").get("name").asString()).isEqualTo("sentry.java");
    assertThat(latest.get("tags"))
        .anySatisfy(
            tag -> {
              assertThat(tag.get("key").asString()).isEqualTo("region");
              assertThat(tag.get("value").asString()).isEqualTo("eu");
            });
  }

  @Test
  void theNodeSdkCapturesExceptionsAndMessagesIntoIssues() throws Exception {
    assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are needed for @sentry/node");
    installNodeClient();
    Target target = IngestFixtures.target(tracker, api);

    Result result = run(NODE_WORK, "node", "sentry-node-client.mjs", target.dsn());
    assertThat(result.exitCode()).as(result.output()).isZero();
    JsonNode printed = SdkRequests.JSON.readTree(result.lastLine());
    assertThat(printed.get("flushed").asBoolean()).as(result.output()).isTrue();
    dueJobs.run();

    JsonNode issues = issues(target);
    assertThat(issues).hasSize(2);
    JsonNode exception = byTitle(issues, "TypeError: Card declined for amount 4");
    assertThat(exception.get("culprit").asString()).startsWith("chargeCard(");
    assertThat(exception.get("count").asString()).isEqualTo("2");
    assertThat(exception.get("firstRelease").asString()).isEqualTo("web@3.1.0");
    JsonNode frames = exception.get("stacktrace").get("frames");
    JsonNode crash = frames.get(frames.size() - 1);
    assertThat(crash.get("function").asString()).isEqualTo("chargeCard");
    assertThat(crash.get("filename").asString()).endsWith("sentry-node-client.mjs");
    assertThat(crash.get("inApp").asBoolean()).isTrue();
    assertThat(frames.get(frames.size() - 2).get("function").asString()).isEqualTo("checkout");

    JsonNode message = byTitle(issues, "Payment provider timed out");
    assertThat(message.get("level").asString()).isEqualTo("warning");

    JsonNode latest = latest(target, exception);
    assertThat(printed.get("ids").toString()).contains(latest.get("eventID").asString());
    assertThat(latest.get("sdk").get("name").asString()).isEqualTo("sentry.javascript.node");
    assertThat(latest.get("user").get("id").asString()).isEqualTo("node-user-1");
  }

  private JsonNode issues(Target target) {
    TestApi.Response list =
        api.get(
            "/api/0/organizations/" + target.org().slug() + "/issues/",
            target.org().owner().token());
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json();
  }

  private JsonNode latest(Target target, JsonNode issue) {
    TestApi.Response latest =
        api.get(
            "/api/0/organizations/"
                + target.org().slug()
                + "/issues/"
                + issue.get("id").asString()
                + "/events/latest/",
            target.org().owner().token());
    assertThat(latest.status()).as(latest.body()).isEqualTo(200);
    return latest.json();
  }

  /** The issue whose title starts with {@code title}. */
  private static JsonNode byTitle(JsonNode issues, String title) {
    for (JsonNode issue : issues) {
      if (issue.get("title").asString().startsWith(title)) {
        return issue;
      }
    }
    throw new AssertionError("no issue titled '" + title + "' in " + issues);
  }

  private static void installNodeClient() throws Exception {
    Files.createDirectories(NODE_WORK);
    for (String file : List.of("package.json", "package-lock.json", "sentry-node-client.mjs")) {
      Files.copy(
          NODE_SOURCES.resolve(file), NODE_WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(NODE_WORK.resolve("node_modules/@sentry/node"))) {
      Result install = run(NODE_WORK, "npm", "ci", "--no-audit", "--no-fund");
      assertThat(install.exitCode()).as("npm ci: " + install.output()).isZero();
    }
  }

  private record Result(int exitCode, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private static Result run(Path directory, String... command) throws Exception {
    Path log = Files.createTempFile(directory, "run", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
