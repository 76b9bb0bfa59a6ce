package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.sync.OutboxPayload.AssigneeChange;
import dev.adolink.server.sync.OutboxPayload.CommentChange;
import dev.adolink.server.sync.OutboxPayload.PriorityChange;
import dev.adolink.server.sync.OutboxPayload.StatusChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Payloads keep the JSON shape rows were stored in before they were records. */
class OutboxPayloadTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void rowsStoredAsPlainJsonReadAsTheirKindsRecord() {
    assertThat(json.readValue("{\"status\":\"resolved\"}", StatusChange.class).resolves()).isTrue();
    assertThat(
            json.readValue(
                "{\"userId\":7,\"email\":\"a@b.test\",\"name\":\"A\"}", AssigneeChange.class))
        .isEqualTo(new AssigneeChange(7L, "a@b.test", "A"));
    assertThat(json.readValue("{}", AssigneeChange.class).unassigns()).isTrue();
    assertThat(
            json.readValue(
                "{\"commentId\":3,\"text\":\"hi\",\"author\":\"A\",\"extra\":1}",
                CommentChange.class))
        .isEqualTo(new CommentChange(3, "hi", "A"));
  }

  @Test
  void recordsAreWrittenInTheSameShapeLeavingOutWhatIsAbsent() {
    assertThat(json.writeValueAsString(new StatusChange("unresolved")))
        .isEqualTo("{\"status\":\"unresolved\"}");
    assertThat(json.writeValueAsString(AssigneeChange.NOBODY)).isEqualTo("{}");
    assertThat(json.writeValueAsString(new PriorityChange("fatal")))
        .isEqualTo("{\"level\":\"fatal\"}");
    assertThat(json.readTree(json.writeValueAsString(new CommentChange(3, "hi", null))))
        .isEqualTo(json.readTree("{\"commentId\":3,\"text\":\"hi\"}"));
  }
}
