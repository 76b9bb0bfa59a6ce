package dev.adolink.azure.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.identity.Identity;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Reading the docs samples of ADO's work item deliveries, and what cannot be read. */
class WorkItemEventTest {

  @Nested
  class Updated {

    WorkItemEvent update = WorkItemEvent.read(Samples.read("webhook-workitem-updated.json"));

    @Test
    void theWorkItemIdComesFromTheRevisionWhenTheSampleSaysZero() {
      assertThat(update.eventType()).isEqualTo(WorkItemEvent.UPDATED);
      assertThat(update.workItemId()).isEqualTo(5);
      assertThat(update.rev()).isEqualTo(2);
      assertThat(update.projectId()).isEqualTo("be9b3917-87e6-42a4-a549-2bc06a7a878f");
      assertThat(update.workItemType()).contains("Bug");
    }

    @Test
    void changedFieldsHaveTheirOldAndNewValues() {
      WorkItemEvent.Change state = update.change(WorkItemEvent.STATE).orElseThrow();
      assertThat(state.oldText()).isEqualTo("New");
      assertThat(state.newText()).isEqualTo("Approved");
      WorkItemEvent.Change assignee = update.change(WorkItemEvent.ASSIGNED_TO).orElseThrow();
      assertThat(assignee.hasOld()).isFalse();
      assertThat(Identity.from(assignee.newValue()).orElseThrow().displayName())
          .isEqualTo("Jamal Hartnet");
      assertThat(update.change(WorkItemEvent.HISTORY)).isEmpty();
    }

    @Test
    void theSampleIsReadable() {
      assertThat(WorkItemEvent.malformed(Samples.read("webhook-workitem-updated.json"))).isEmpty();
    }
  }

  @Nested
  class Commented {

    WorkItemEvent comment = WorkItemEvent.read(Samples.read("webhook-workitem-commented.json"));

    @Test
    void aPlainWorkItemGivesItsIdRevisionAndWhenItChanged() {
      assertThat(comment.workItemId()).isEqualTo(5);
      assertThat(comment.rev()).isEqualTo(4);
      assertThat(comment.changes()).isEmpty();
      assertThat(comment.fields().path(WorkItemEvent.HISTORY).asString())
          .isEqualTo("This is a great new idea");
      assertThat(comment.changedDate()).contains(Instant.parse("2014-07-15T17:42:44.663Z"));
    }
  }

  @Nested
  class DeletedAndRestored {

    /** Deleted and restored carry the plain work item that the created sample shows. */
    @Test
    void aDeletedOrRestoredWorkItemIsReadLikeACreatedOne() {
      for (String type : new String[] {WorkItemEvent.DELETED, WorkItemEvent.RESTORED}) {
        ObjectNode payload = Samples.read("webhook-workitem-created.json");
        payload.put("eventType", type);
        WorkItemEvent event = WorkItemEvent.read(payload);
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.workItemId()).isEqualTo(5);
        assertThat(event.rev()).isEqualTo(1);
        assertThat(event.workItemType()).contains("Bug");
        assertThat(WorkItemEvent.malformed(payload)).isEmpty();
      }
    }
  }

  @Nested
  class Tolerance {

    @Test
    void unknownPropertiesAndMissingOnesAreNoFailure() {
      WorkItemEvent event =
          WorkItemEvent.read(
              Samples.parse(
                  "{\"eventType\":\"workitem.updated\",\"extra\":[1],"
                      + "\"resource\":{\"workItemId\":\"7\",\"future\":{}}}"));
      assertThat(event.workItemId()).isEqualTo(7);
      assertThat(event.rev()).isZero();
      assertThat(event.projectId()).isNull();
      assertThat(event.changes()).isEmpty();
      assertThat(event.workItemType()).isEmpty();
    }

    @Test
    void whatCannotBeReadIsNamed() {
      assertThat(WorkItemEvent.malformed(Samples.parse("{\"resource\":[]}")))
          .contains("resource must be a JSON object");
      assertThat(
              WorkItemEvent.malformed(
                  Samples.parse(
                      "{\"eventType\":\"workitem.updated\","
                          + "\"resource\":{\"fields\":{\"System.State\":\"Done\"}}}")))
          .contains("resource.fields.System.State must be an object {oldValue, newValue}");
      assertThat(WorkItemEvent.malformed(Samples.parse("{\"resource\":{\"rev\":1e40}}")))
          .contains("resource.rev must be a whole number of 32 bits");
    }
  }
}
