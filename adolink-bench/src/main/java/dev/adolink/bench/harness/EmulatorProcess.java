package dev.adolink.bench.harness;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The standalone emulator ({@code adolink-emulator.jar}) in its own process, driven through its
 * control API ({@code /_emulator/}) and its ADO API, as any other tool would.
 */
public final class EmulatorProcess implements AutoCloseable {

  private final JavaProcess process;
  private final Http control;
  private final String baseUrl;

  private EmulatorProcess(JavaProcess process, Http control, String baseUrl) {
    this.process = process;
    this.control = control;
    this.baseUrl = baseUrl;
  }

  static EmulatorProcess start(Path root, Path logDir, HttpClient client) {
    int port = Ports.free();
    String baseUrl = "http://127.0.0.1:" + port + "/";
    JavaProcess process =
        JavaProcess.start(
            "emulator",
            root.resolve("adolink-emulator/target/adolink-emulator.jar"),
            // the JDK's HttpServer writes a response's headers and body apart without
            // TCP_NODELAY: with a keep-alive client, Nagle and delayed ACKs add ~40 ms to every
            // answer, more than the latency a benchmark injects
            List.of("-Xmx2g"),
            List.of("--port", Integer.toString(port)),
            Map.of(),
            logDir);
    process.awaitReady(client, baseUrl + "_emulator/faults", Duration.ofSeconds(60));
    return new EmulatorProcess(
        process, new Http(client, baseUrl + "_emulator/", Map.of()), baseUrl);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The CPU time the emulator's process used so far, in seconds (-1 where not known). */
  public double cpuSeconds() {
    return process.cpuSeconds();
  }

  public String url(String path) {
    return baseUrl + path;
  }

  /** {@code POST /_emulator/organizations}; answers {id, name, baseUrl, users: [{email, pat}]}. */
  public JsonNode createOrganization(String name, List<Map<String, Object>> users) {
    return control.post("organizations", Map.of("name", name, "users", users));
  }

  /** The organization's ADO API, authenticated with a PAT as Basic. */
  public Http api(String organization, String pat) {
    String basic = Base64.getEncoder().encodeToString((":" + pat).getBytes());
    return new Http(
        control.client(), baseUrl + organization + "/", Map.of("Authorization", "Basic " + basic));
  }

  public void faults(Map<String, Object> faults) {
    control.put("faults", faults);
  }

  public void clearFaults() {
    control.put("faults", Map.of());
  }

  /** Every API request served after {@code since}: [{seq, at, method, path, query, status}]. */
  public JsonNode requestsSince(long since) {
    return control.get("requests?since=" + since);
  }

  /** The sequence number of the newest request served so far (0 when none). */
  public long lastRequestSeq() {
    long last = 0;
    for (JsonNode request : requestsSince(0)) {
      last = Math.max(last, request.path("seq").asLong());
    }
    return last;
  }

  public JsonNode generate(
      String organization, String repository, int commits, int filesPerCommit) {
    return control.post(
        "organizations/" + organization + "/repositories/" + repository + "/generate",
        Map.of("commits", commits, "filesPerCommit", filesPerCommit));
  }

  public JsonNode deliveries() {
    return control.get("deliveries");
  }

  public Http control() {
    return control;
  }

  @Override
  public void close() {
    process.close();
  }
}
