package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.integration.StatusMapping;
import dev.adolink.server.sync.StatusDecision.Action;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table of DESIGN §5, beside Sentry's (reference §3.5): New=Proposed,
 * Active=InProgress, CustomState=InProgress, Resolved=Resolved, Closed=Completed.
 */
class StatusDecisionTest {

  static final Set<String> DONE = Set.of("resolved", "closed");
  static final Predicate<String> IS_DONE = state -> DONE.contains(state.toLowerCase());

  static Action byCategories(String oldState, String newState) {
    return StatusDecision.decide(oldState, newState, Optional.empty(), () -> IS_DONE).action();
  }

  @Nested
  class ByCategories {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
        nullValues = "null",
        value = {
          "Active, Resolved, RESOLVE",
          "New, Resolved, RESOLVE",
          "Resolved, Active, UNRESOLVE",
          "Resolved, Closed, NOOP",
          "null, New, NOOP",
          "null, Resolved, NOOP",
          "Active, CustomState, NOOP",
          "Closed, CustomState, UNRESOLVE",
          "Active, Active, NOOP",
        })
    void decide(String oldState, String newState, Action expected) {
      assertThat(byCategories(oldState, newState)).isEqualTo(expected);
    }

    @Test
    void statesAreComparedWithoutCase() {
      assertThat(byCategories("active", "RESOLVED")).isEqualTo(Action.RESOLVE);
    }

    @Test
    void notKnowingTheCategoriesDecidesNothing() {
      assertThatThrownBy(
              () ->
                  StatusDecision.decide(
                      "Active",
                      "Resolved",
                      Optional.empty(),
                      () -> {
                        throw new IllegalStateException("ADO is down");
                      }))
          .hasMessage("ADO is down");
    }
  }

  @Nested
  class ByMapping {

    static final Optional<StatusMapping> MAPPING =
        Optional.of(new StatusMapping("project", null, "Closed", "Active"));

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "Active, Closed, RESOLVE",
      "Resolved, Closed, RESOLVE",
      "Active, Resolved, NOOP",
      "Closed, Active, UNRESOLVE",
      "Closed, New, NOOP",
      "Resolved, Active, NOOP",
    })
    void decide(String oldState, String newState, Action expected) {
      assertThat(
              StatusDecision.decide(
                      oldState,
                      newState,
                      MAPPING,
                      () -> {
                        throw new AssertionError("a mapping needs no categories");
                      })
                  .action())
          .isEqualTo(expected);
    }
  }
}
