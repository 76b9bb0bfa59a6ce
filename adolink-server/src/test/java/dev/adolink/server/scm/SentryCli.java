package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The official sentry-cli ({@code @sentry/cli} from npm, its Linux x64 binary), installed with
 * {@code npm ci} from {@code src/test/sentry-cli/package-lock.json} into {@code target/sentry-cli}
 * and run unmodified against the IT server, configured through its environment variables only.
 */
final class SentryCli {

  private static final Path SOURCES = Path.of("src/test/sentry-cli");
  private static final Path WORK = Path.of("target/sentry-cli");
  private static final Path BINARY =
      WORK.resolve("node_modules/@sentry/cli-linux-x64/bin/sentry-cli");

  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Map<String, String> environment;

  private SentryCli(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Whether the machine can install and run it: Linux x64 with Node.js and npm. */
  static boolean available() {
    return System.getProperty("os.name").toLowerCase().contains("linux")
        && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"))
        && onPath("npm");
  }

  static SentryCli configured(String url, String token, String organization, String project)
      throws Exception {
    install();
    Path home = Files.createDirectories(WORK.resolve("home")).toAbsolutePath();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SENTRY_URL", url);
    environment.put("SENTRY_AUTH_TOKEN", token);
    environment.put("SENTRY_ORG", organization);
    environment.put("SENTRY_PROJECT", project);
    environment.put("SENTRY_HTTP_MAX_RETRIES", "0");
    environment.put("SENTRY_DISABLE_UPDATE_CHECK", "true");
    environment.put("HOME", home.toString());
    return new SentryCli(environment);
  }

  /** The same cli with one more environment variable ({@code SENTRY_DSN} for send-event). */
  SentryCli with(String variable, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(variable, value);
    return new SentryCli(more);
  }

  /** Runs {@code sentry-cli args} in {@code directory} (a git checkout, for set-commits). */
  Result run(Path directory, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(BINARY.toAbsolutePath().toString());
    command.addAll(List.of(args));
    return exec(directory, environment, command);
  }

  private static synchronized void install() throws Exception {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isExecutable(BINARY)) {
      // --ignore-scripts: the binary comes in the platform package; @sentry/cli's postinstall
      // would only check it (and may try the network).
      Result install =
          exec(WORK, Map.of(), List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"));
      assertThat(install.exitCode()).as("npm ci: " + install.output()).isZero();
    }
  }

  static Result exec(Path directory, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("sentry-cli", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean onPath(String program) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
