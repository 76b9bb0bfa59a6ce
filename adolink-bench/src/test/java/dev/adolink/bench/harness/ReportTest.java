package dev.adolink.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportTest {

  @Test
  void printsATableAndEndsWithOneJsonLine() {
    Report report =
        new Report("commit-range", "run", "calls", "seconds")
            .row("adolink", 5051, 9.8)
            .row("baseline", 10001, 262.04)
            .figure("calls", 5051)
            .figure("speedup", 262.04 / 9.8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[1]).startsWith("run      | calls | seconds");
    assertThat(lines[3]).isEqualTo("adolink  | 5051  | 9.80");
    JsonNode last = Http.JSON.readTree(lines[lines.length - 1]);
    assertThat(last.path("name").asText()).isEqualTo("commit-range");
    assertThat(last.path("calls").asInt()).isEqualTo(5051);
    assertThat(last.path("speedup").asDouble()).isEqualTo(26.74);
  }

  @Test
  void saysUnderTheTableWhenTheMachineWasBusy() {
    Report report =
        new Report("startup", "run", "seconds")
            .row("adolink", 4.2)
            .machine(new Machine(0.5, 0.4, 0.3, 2), new Machine(3.1, 1.2, 0.8, 2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[4])
        .startsWith("machine: 2 cores, load average (1, 5, 15 min) 0.50 0.40 0.30 at start, 3.10")
        .contains("BUSY");
    JsonNode last = Http.JSON.readTree(lines[lines.length - 1]);
    assertThat(last.path("busy").asBoolean()).isTrue();
    assertThat(last.path("loadAverageEnd").asText()).isEqualTo("3.10 1.20 0.80");
  }

  @Test
  void callsAMachineQuietWhileItsLoadStaysWithinItsCores() {
    Report report =
        new Report("startup", "run", "seconds")
            .row("adolink", 4.2)
            .machine(new Machine(1.9, 1, 1, 2), new Machine(2.0, 1, 1, 2));

    assertThat(report.busy()).isFalse();
    assertThat(report.figures()).containsEntry("busy", false);
  }
}
