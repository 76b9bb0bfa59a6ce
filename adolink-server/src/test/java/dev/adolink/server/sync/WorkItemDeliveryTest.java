package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.integration.AuthKind;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.webhooks.Delivery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the docs samples of ADO's work item deliveries. */
class WorkItemDeliveryTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Installation INSTALLATION =
      new Installation(
          1,
          2,
          "c12d0eb8-e382-443b-9f9c-c52cba5014c2",
          "fabrikam",
          "https://dev.azure.com/fabrikam/",
          AuthKind.PAT,
          Installation.Status.ACTIVE,
          null,
          Instant.EPOCH);

  static WorkItemDelivery read(String fixture) {
    try (InputStream in =
        WorkItemDeliveryTest.class.getResourceAsStream("WorkItemDeliveryTest/" + fixture)) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JsonNode payload = JSON.readTree(body);
      return WorkItemDelivery.read(
          new Delivery(
              1, INSTALLATION, payload.get("eventType").asString(), payload, body, Instant.EPOCH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Updated {

    WorkItemDelivery update = read("updated.json");

    @Test
    void theWorkItemIdComesFromTheRevisionWhenTheSampleSaysZero() {
      assertThat(update.workItemId()).isEqualTo(5);
      assertThat(update.rev()).isEqualTo(2);
      assertThat(update.projectId()).isEqualTo("be9b3917-87e6-42a4-a549-2bc06a7a878f");
      assertThat(update.workItemType()).contains("Bug");
    }

    @Test
    void changedFieldsHaveTheirOldAndNewValues() {
      WorkItemDelivery.Change state = update.change("System.State").orElseThrow();
      assertThat(state.oldText()).isEqualTo("New");
      assertThat(state.newText()).isEqualTo("Approved");
      WorkItemDelivery.Change assignee = update.change("System.AssignedTo").orElseThrow();
      assertThat(assignee.hasOld()).isFalse();
      assertThat(Identity.from(assignee.newValue()).orElseThrow().displayName())
          .isEqualTo("Jamal Hartnet");
      assertThat(update.change("System.History")).isEmpty();
    }
  }

  @Nested
  class Commented {

    WorkItemDelivery comment = read("commented.json");

    @Test
    void aPlainWorkItemGivesItsIdRevisionAndWhenItChanged() {
      assertThat(comment.workItemId()).isEqualTo(5);
      assertThat(comment.rev()).isEqualTo(4);
      assertThat(comment.changes()).isEmpty();
      assertThat(comment.fields().path("System.History").asString())
          .isEqualTo("This is a great new idea");
      assertThat(comment.changedDate()).contains(Instant.parse("2014-07-15T17:42:44.663Z"));
    }
  }
}
