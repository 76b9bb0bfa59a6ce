package dev.adolink.bench.harness;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The adolink server ({@code adolink.jar}) in its own process with a fresh data directory, a
 * bootstrap superuser and API token, and its Azure DevOps hosts pointed at the emulator.
 */
public final class ServerProcess implements AutoCloseable {

  public static final String ADMIN_EMAIL = "bench@adolink.dev";

  private static final Duration READY = Duration.ofSeconds(300);

  private final Launch launch;
  private final Http api;
  private final String baseUrl;
  private JavaProcess process;
  private int starts = 1;

  /** What starts the process again with the same port, data and database. */
  private record Launch(
      Path root, String name, Map<String, String> env, Path logDir, HttpClient client) {
    JavaProcess start(String logName, String healthUrl) {
      JavaProcess process =
          JavaProcess.start(logName, program(root), List.of("-Xmx2g"), List.of(), env, logDir);
      process.awaitReady(client, healthUrl, READY);
      return process;
    }
  }

  /**
   * The README's command, {@code adolink-server/target/adolink}; {@code adolink.jar} where the
   * build made no launcher (it is made on Linux and macOS only).
   */
  static Path program(Path root) {
    Path launcher = root.resolve("adolink-server/target/adolink");
    return Files.isRegularFile(launcher)
        ? launcher
        : root.resolve("adolink-server/target/adolink.jar");
  }

  private ServerProcess(Launch launch, JavaProcess process, Http api, String baseUrl) {
    this.launch = launch;
    this.process = process;
    this.api = api;
    this.baseUrl = baseUrl;
  }

  static ServerProcess start(
      Path root,
      Path dataDir,
      Path logDir,
      HttpClient client,
      EmulatorProcess emulator,
      Database database) {
    int port = Ports.free();
    String baseUrl = "http://127.0.0.1:" + port + "/";
    String token = "bench-" + UUID.randomUUID();
    Map<String, String> env = new HashMap<>();
    env.put("SERVER_PORT", Integer.toString(port));
    env.put("ADOLINK_DATA_DIR", dataDir.toString());
    env.put("ADOLINK_PUBLIC_URL", baseUrl);
    env.put("ADOLINK_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ADOLINK_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
    env.put("ADOLINK_BOOTSTRAP_API_TOKEN", token);
    env.put("ADOLINK_AZURE_ALLOW_INSECURE_URLS", "true");
    env.put("ADOLINK_AZURE_VSSPS_URL", emulator.url("_hosts/app.vssps/"));
    env.put("ADOLINK_AZURE_ENTRA_AUTHORITY", emulator.url("_hosts/login/"));
    // given, not generated into the data dir: another instance on the same database needs it too
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    env.put("ADOLINK_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(key));
    env.putAll(database.environment());
    Launch launch = new Launch(root, "server-" + database.name(), Map.copyOf(env), logDir, client);
    JavaProcess process = launch.start(launch.name(), baseUrl + "actuator/health");
    Http api = new Http(client, baseUrl, Map.of("Authorization", "Bearer " + token));
    return new ServerProcess(launch, process, api, baseUrl);
  }

  /**
   * A second instance on the same database and secret key, with its own port and data directory;
   * service hooks keep going to the first (its public URL is the one registered with ADO).
   */
  public ServerProcess another(Path dataDir) {
    int port = Ports.free();
    String url = "http://127.0.0.1:" + port + "/";
    Map<String, String> env = new HashMap<>(launch.env());
    env.put("SERVER_PORT", Integer.toString(port));
    env.put("ADOLINK_DATA_DIR", dataDir.toString());
    Launch second =
        new Launch(
            launch.root(), launch.name() + "-b", Map.copyOf(env), launch.logDir(), launch.client());
    JavaProcess started = second.start(second.name(), url + "actuator/health");
    return new ServerProcess(second, started, api.at(url), url);
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
  public void kill() {
    process.kill();
  }

  /** Starts the server again on the same port, data and database; answers when it is healthy. */
  public void restart() {
    process.close();
    starts++;
    process = launch.start(launch.name() + "-" + starts, baseUrl + "actuator/health");
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The REST API as the bootstrap superuser. */
  public Http api() {
    return api;
  }

  /** The CPU time the server's current process used so far, in seconds (-1 where not known). */
  public double cpuSeconds() {
    return process.cpuSeconds();
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
