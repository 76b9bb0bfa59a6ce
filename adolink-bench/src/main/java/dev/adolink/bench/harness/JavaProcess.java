package dev.adolink.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code java -jar} child process, or a launcher script that runs one ({@code
 * adolink-server/target/adolink}, given the JVM options as {@code JAVA_OPTS}), whose output goes to
 * a log file, stopped on close.
 */
final class JavaProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static JavaProcess start(
      String name,
      Path program,
      List<String> jvmArgs,
      List<String> args,
      Map<String, String> env,
      Path logDir) {
    if (!Files.isRegularFile(program)) {
      throw new IllegalStateException(
          program + " is missing: build first (./mvnw -DskipTests package)");
    }
    List<String> command = new ArrayList<>();
    Map<String, String> environment = new HashMap<>(env);
    List<String> jvmOptions = new ArrayList<>(jvmArgs);
    jvmOptions.addAll(flightRecording(name, logDir));
    if (program.getFileName().toString().endsWith(".jar")) {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-jar");
      command.add(program.toString());
    } else {
      command.add(program.toString());
      environment.put("JAVA_OPTS", String.join(" ", jvmOptions));
    }
    command.addAll(args);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      return new JavaProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /**
   * With {@code BENCH_JFR=1} in the environment, each process records with JFR's profiling settings
   * into {@code NAME.jfr} beside its log, written when it stops ({@link #close()} lets it stop;
   * {@link #kill()} loses the recording).
   */
  private static List<String> flightRecording(String name, Path logDir) {
    if (!"1".equals(System.getenv("BENCH_JFR"))) {
      return List.of();
    }
    return List.of(
        "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
            + logDir.resolve(name + ".jfr").toAbsolutePath());
  }

  /** Polls {@code url} until it answers 200, failing early if the process dies. */
  void awaitReady(HttpClient client, String url, Duration timeout) {
    awaitReady(client, url, timeout, Duration.ofMillis(200));
  }

  /** Polls {@code url} every {@code interval} until it answers 200, failing early if it dies. */
  void awaitReady(HttpClient client, String url, Duration timeout, Duration interval) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      pause(interval);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
  }

  Path log() {
    return log;
  }

  /** The CPU time the process used so far (user and system), or -1 where it is not known. */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
  }

  private static void pause(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() {
    try {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
