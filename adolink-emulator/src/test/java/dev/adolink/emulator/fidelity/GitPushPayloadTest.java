package dev.adolink.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.git.GitPushEvent;
import dev.adolink.emulator.git.PushSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The git.push event carries the payload parts of ADO's delivery, in the shape of a real one. */
class GitPushPayloadTest {

  @Test
  void resourceAndMessagesHaveTheShapeOfARealDelivery() {
    JsonNode sample = Example.read("../webhooks/webhook-git-push.json");
    List<GitPushEvent> events = new ArrayList<>();
    try (AdoEmulator ado = AdoEmulator.start()) {
      ado.createOrganization("fabrikam", new Admin.UserSpec("john@example.com", "John Smith"));
      ado.createProject("fabrikam", "Project");
      ado.events().subscribe(GitPushEvent.class, events::add);
      ado.commit(
          "fabrikam",
          "Project",
          "Project",
          "john@example.com",
          "main",
          "A meaningful commit message.",
          PushSpec.ChangeSpec.add("/a.txt", "a"));
    }

    GitPushEvent event = events.get(0);
    assertThat(Shapes.differences(sample.path("resource"), event.resource(), List.of())).isEmpty();
    assertThat(Shapes.differences(sample.path("message"), event.message(), List.of())).isEmpty();
    assertThat(
            Shapes.differences(sample.path("detailedMessage"), event.detailedMessage(), List.of()))
        .isEmpty();
    assertThat(event.detailedMessage().path("text").asString())
        .contains("A meaningful commit message.");
  }
}
