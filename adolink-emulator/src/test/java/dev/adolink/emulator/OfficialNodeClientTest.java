package dev.adolink.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adolink.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft's official Node.js client ({@code azure-devops-node-api}) against the emulator, with no
 * special cases: it finds resource areas and route templates ({@code OPTIONS _apis}) and reads the
 * responses into its own types as it would from Azure DevOps. The script is {@code
 * src/test/node/official-client.mjs}; {@code .ci/run} makes sure Node.js is installed.
 */
class OfficialNodeClientTest {

  private static final Path NODE_SOURCES = Path.of("src/test/node");
  private static final Path WORK = Path.of("target/official-node-client");

  @Test
  void theOfficialNodeClientWorksAgainstTheEmulator() throws Exception {
    assumeTrue(
        onPath("node") && onPath("npm"), "Node.js and npm are needed to run the official client");
    installClient();

    try (AdoEmulator ado =
        AdoEmulator.start(EmulatorOptions.defaults().seed(Path.of("seed-example.json")))) {
      Result result =
          run(
              WORK,
              "node",
              "official-client.mjs",
              ado.organizationUrl("fabrikam"),
              "alice-pat-0001");

      assertThat(result.exitCode()).as(result.output()).isZero();
      JsonNode seen = Json.MAPPER.readTree(result.lastLine());
      assertThat(seen.path("user").asText()).isEqualTo("Alice Adams");
      assertThat(seen.path("projects"))
          .extracting(JsonNode::asText)
          .containsExactly("Mobile", "Web");
      assertThat(seen.path("repositories"))
          .extracting(JsonNode::asText)
          .containsExactly("Web", "api");
      assertThat(seen.path("workItem").path("state").asText()).isEqualTo("Resolved");
      assertThat(seen.path("comments"))
          .extracting(JsonNode::asText)
          .containsExactly("A comment from the official client");
      assertThat(seen.path("bugStates")).extracting(JsonNode::asText).contains("Resolved:Resolved");
      // typed enums sent as numbers took effect, and answers read back into the client's enums
      assertThat(seen.path("relations").asInt()).isEqualTo(1);
      assertThat(seen.path("iterationsRoot").asInt()).as("TreeNodeStructureType.Iteration").isOne();
      assertThat(seen.path("pushedChangeTypes"))
          .extracting(JsonNode::asInt)
          .as("VersionControlChangeType Add, Edit | Rename (and Edit for their folders)")
          .contains(1, 10);
      assertThat(seen.path("branches"))
          .extracting(JsonNode::asText)
          .contains("from-client", "main");
      assertThat(seen.path("teams")).extracting(JsonNode::asText).containsExactly("Web Team");
      assertThat(ado.requests(0)).anySatisfy(r -> assertThat(r.method()).isEqualTo("OPTIONS"));
    }
  }

  private static void installClient() throws Exception {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "official-client.mjs")) {
      Files.copy(
          NODE_SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(WORK.resolve("node_modules/azure-devops-node-api"))) {
      Result install = run(WORK, "npm", "ci", "--no-audit", "--no-fund");
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
    Path log = Files.createTempFile(WORK, "run", ".log");
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
