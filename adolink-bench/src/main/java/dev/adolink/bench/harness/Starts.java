package dev.adolink.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@code java -jar JAR} (or a launcher script, which must {@code exec} its JVM) from the
 * process's start until its {@code /actuator/health} answers 200, on a free port and a fresh data
 * directory ({@code ADOLINK_DATA_DIR}), with nothing else given: what a person sees after typing
 * the README's command.
 */
public final class Starts {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Duration POLL = Duration.ofMillis(20);
  private static final Pattern STARTED =
      Pattern.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  private Starts() {}

  /** What the README runs: {@code adolink-server/target/adolink}, else {@code adolink.jar}. */
  public static Path adolink(Path root) {
    return ServerProcess.program(root);
  }

  /**
   * @param healthySeconds from the process's start to the first 200 from its health endpoint
   * @param springSeconds Spring's own "Started ... in N seconds" (the context's refresh), -1 if the
   *     log has no such line
   * @param cpuSeconds the CPU time the process used until then (user and system, all threads): what
   *     the start costs, which other load on the machine changes much less than the seconds
   */
  public record Start(double healthySeconds, double springSeconds, double cpuSeconds) {}

  /**
   * Starts the jar or launcher, waits until it is healthy, stops it, and answers how long the start
   * took.
   */
  public static Start time(
      String name, Path program, List<String> jvmArgs, Path logDir, HttpClient client) {
    int port = Ports.free();
    Path data;
    try {
      data = Files.createTempDirectory("adolink-bench-start-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> env =
        Map.of("SERVER_PORT", Integer.toString(port), "ADOLINK_DATA_DIR", data.toString());
    long start = System.nanoTime();
    double seconds;
    double cpu;
    Path log;
    try (JavaProcess process = JavaProcess.start(name, program, jvmArgs, List.of(), env, logDir)) {
      process.awaitReady(client, "http://127.0.0.1:" + port + "/actuator/health", TIMEOUT, POLL);
      seconds = (System.nanoTime() - start) / 1e9;
      cpu = process.cpuSeconds();
      log = process.log();
    }
    // read once the process stopped: its "Started" line may follow the first healthy answer
    return new Start(seconds, springSeconds(log).orElse(-1.0), cpu);
  }

  static Optional<Double> springSeconds(Path log) {
    try {
      Matcher started = STARTED.matcher(Files.readString(log));
      return started.find() ? Optional.of(Double.parseDouble(started.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
