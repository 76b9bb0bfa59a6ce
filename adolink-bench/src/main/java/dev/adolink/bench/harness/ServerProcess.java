package dev.adolink.bench.harness;

import java.net.http.HttpClient;
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

  private final JavaProcess process;
  private final Http api;
  private final String baseUrl;

  private ServerProcess(JavaProcess process, Http api, String baseUrl) {
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
    env.putAll(database.environment());
    JavaProcess process =
        JavaProcess.start(
            "server-" + database.name(),
            root.resolve("adolink-server/target/adolink.jar"),
            List.of("-Xmx2g"),
            List.of(),
            env,
            logDir);
    process.awaitReady(client, baseUrl + "actuator/health", Duration.ofSeconds(120));
    Http api = new Http(client, baseUrl, Map.of("Authorization", "Bearer " + token));
    return new ServerProcess(process, api, baseUrl);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The REST API as the bootstrap superuser. */
  public Http api() {
    return api;
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
