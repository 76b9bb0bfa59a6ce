package dev.adolink.server.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.system.ApiException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IssueUpdateRequestTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static IssueUpdate parse(String body) {
    return IssueUpdateRequest.parse(JSON.readTree(body));
  }

  @Nested
  class Accepts {

    @Test
    void aStatusAlone() {
      assertThat(parse("{\"status\": \"ignored\"}"))
          .isEqualTo(new IssueUpdate(IssueStatus.IGNORED, null));
    }

    @Test
    void anAssigneeByEmail() {
      assertThat(parse("{\"assignedTo\": \"a@b.test\"}").assignment())
          .isEqualTo(new IssueUpdate.Assignment("a@b.test"));
    }

    @Test
    void nullAsUnassignWhileAnAbsentAssigneeLeavesItAlone() {
      assertThat(parse("{\"assignedTo\": null}").assignment())
          .isEqualTo(IssueUpdate.Assignment.nobody());
      assertThat(parse("{\"status\": \"resolved\"}").assignment()).isNull();
    }

    @Test
    void aLevelAlone() {
      assertThat(parse("{\"level\": \"fatal\"}")).isEqualTo(IssueUpdate.level(Level.FATAL));
    }

    @Test
    void andIgnoresUnknownFields() {
      assertThat(parse("{\"status\": \"resolved\", \"hasSeen\": true}").status())
          .isEqualTo(IssueStatus.RESOLVED);
    }
  }

  @Nested
  class Rejects {

    @Test
    void anUnknownLevelNamingTheField() {
      assertThatThrownBy(() -> parse("{\"level\": \"critical\"}"))
          .isInstanceOfSatisfying(
              ApiException.class,
              e ->
                  assertThat(e.body().errors())
                      .containsEntry("level", "must be one of fatal, error, warning, info, debug"));
    }

    @Test
    void anUnknownStatusNamingTheField() {
      assertThatThrownBy(() -> parse("{\"status\": \"closed\"}"))
          .isInstanceOfSatisfying(
              ApiException.class,
              e ->
                  assertThat(e.body().errors())
                      .containsEntry("status", "must be one of unresolved, resolved, ignored"));
    }

    @Test
    void aStatusOfTheWrongType() {
      assertThatThrownBy(() -> parse("{\"status\": 1}"))
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.body().errors()).containsKey("status"));
    }

    @Test
    void anAssigneeThatIsNotAString() {
      assertThatThrownBy(() -> parse("{\"assignedTo\": {\"id\": 1}}"))
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.body().errors()).containsKey("assignedTo"));
    }

    @Test
    void aBodyWithNothingToChange() {
      assertThatThrownBy(() -> parse("{}")).isInstanceOf(ApiException.class);
      assertThatThrownBy(() -> parse("[]")).isInstanceOf(ApiException.class);
    }
  }
}
