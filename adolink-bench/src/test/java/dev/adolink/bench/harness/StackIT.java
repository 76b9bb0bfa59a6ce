package dev.adolink.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StackIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void startsTheEmulatorAndTheServerAsProcessesThatTalkToEachOther() {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      JsonNode org =
          stack
              .emulator()
              .createOrganization(
                  "bench", List.of(Map.of("email", "dev@bench.test", "displayName", "Dev")));
      String pat = org.path("users").get(0).path("pat").asText();
      long before = stack.emulator().lastRequestSeq();

      JsonNode projects = stack.emulator().api("bench", pat).get("_apis/projects?api-version=7.1");
      JsonNode created =
          stack.server().api().post("api/0/organizations/", Map.of("slug", "acme", "name", "Acme"));

      assertThat(projects.path("count").asInt()).isZero();
      assertThat(stack.emulator().requestsSince(before))
          .extracting(r -> r.path("path").asText())
          .contains("/bench/_apis/projects");
      assertThat(created.path("slug").asText()).isEqualTo("acme");
      assertThat(stack.server().api().get("api/0/organizations/"))
          .extracting(o -> o.path("slug").asText())
          .containsExactly("acme");
    }
  }
}
