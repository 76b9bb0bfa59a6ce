package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.wit.WorkItemState;
import dev.adolink.azure.wit.WorkItemState.Category;
import dev.adolink.server.integration.StatusMapping;
import dev.adolink.server.sync.StatusDecision.Action;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table of DESIGN §5, beside Sentry's (reference §3.5): New=Proposed,
 * Active=InProgress, CustomState=InProgress, Resolved=Resolved, Closed=Completed.
 */
class StatusDecisionTest {

  /** Agile's Bug. */
  static final List<WorkItemState> BUG =
      List.of(
          state("New", Category.PROPOSED),
          state("Active", Category.IN_PROGRESS),
          state("Resolved", Category.RESOLVED),
          state("Closed", Category.COMPLETED));

  /** Agile's Task: no Resolved. */
  static final List<WorkItemState> TASK =
      List.of(
          state("New", Category.PROPOSED),
          state("Active", Category.IN_PROGRESS),
          state("Closed", Category.COMPLETED),
          state("Removed", Category.REMOVED));

  static final Supplier<List<WorkItemState>> NOT_ASKED =
      () -> {
        throw new AssertionError("the type's states were asked for");
      };

  static WorkItemState state(String name, Category category) {
    return new WorkItemState(name, null, category);
  }

  static Action byCategories(String oldState, String newState) {
    return StatusDecision.decide(oldState, newState, Optional.empty(), () -> BUG).action();
  }

  static Optional<StatusMapping> mapping(String onResolve, String onUnresolve) {
    return Optional.of(new StatusMapping("project", null, onResolve, onUnresolve));
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

    static final Optional<StatusMapping> MAPPING = mapping("Closed", "Active");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "Active, Closed, RESOLVE",
      "Resolved, Closed, RESOLVE",
      "Closed, Active, UNRESOLVE",
    })
    void aTransitionNamingTheMappedStatesNeedsNoCallToAzureDevOps(
        String oldState, String newState, Action expected) {
      assertThat(StatusDecision.decide(oldState, newState, MAPPING, NOT_ASKED).action())
          .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "Active, Resolved, NOOP",
      "Closed, New, NOOP",
      "Resolved, Active, NOOP",
      "New, Active, NOOP",
    })
    void anyOtherTransitionChangesNothingWhenTheTypeHasBothMappedStates(
        String oldState, String newState, Action expected) {
      StatusDecision.Outcome outcome =
          StatusDecision.decide(oldState, newState, MAPPING, () -> BUG);
      assertThat(outcome.action()).isEqualTo(expected);
      assertThat(outcome.reason())
          .isEqualTo(
              "the mapping (resolve: 'Closed', unresolve: 'Active') says nothing about '"
                  + oldState
                  + "' to '"
                  + newState
                  + "'");
    }

    @Test
    void notKnowingWhetherTheTypeHasTheMappedStatesDecidesNothing() {
      assertThatThrownBy(
              () ->
                  StatusDecision.decide(
                      "Active",
                      "Resolved",
                      MAPPING,
                      () -> {
                        throw new IllegalStateException("ADO is down");
                      }))
          .hasMessage("ADO is down");
    }
  }

  /** The outbound fallback writes a state of the type's categories; inbound agrees with it. */
  @Nested
  class ByMappingForATypeWithoutTheMappedState {

    @ParameterizedTest(name = "mapped {0}/{1}: {2} -> {3}: {4}")
    @CsvSource({
      "Resolved, Active, Active, Closed, RESOLVE",
      "Resolved, Active, New, Closed, RESOLVE",
      "Resolved, Active, Closed, Active, UNRESOLVE",
      "Resolved, Active, Closed, New, NOOP",
      "Resolved, Active, Closed, Removed, NOOP",
      "Resolved, Active, New, Active, NOOP",
      "Resolved, Active, Active, Removed, NOOP",
      "Closed, Reopened, Active, Closed, RESOLVE",
      "Closed, Reopened, Closed, Active, UNRESOLVE",
      "Closed, Reopened, Closed, New, UNRESOLVE",
      "Closed, Reopened, Closed, Removed, UNRESOLVE",
      "Closed, Reopened, New, Active, NOOP",
      "Done, Doing, Active, Closed, RESOLVE",
      "Done, Doing, Closed, Active, UNRESOLVE",
      "Done, Doing, Closed, New, UNRESOLVE",
      "Done, Doing, Active, New, NOOP",
    })
    void aTaskIsDecidedByItsCategoriesOnTheSideWhoseMappedStateItLacks(
        String onResolve, String onUnresolve, String oldState, String newState, Action expected) {
      assertThat(
              StatusDecision.decide(oldState, newState, mapping(onResolve, onUnresolve), () -> TASK)
                  .action())
          .isEqualTo(expected);
    }

    @Test
    void theReasonSaysWhichSideTheCategoriesDecide() {
      assertThat(
              StatusDecision.decide("New", "Active", mapping("Resolved", "Active"), () -> TASK)
                  .reason())
          .isEqualTo(
              "the mapping (resolve: a done state, as the type has no state 'Resolved', unresolve:"
                  + " 'Active') says nothing about 'New' to 'Active'");
      assertThat(
              StatusDecision.decide("Active", "Closed", mapping("Resolved", "Active"), () -> TASK)
                  .reason())
          .isEqualTo("'Closed' is a done state and the type has no state 'Resolved'");
    }
  }
}
