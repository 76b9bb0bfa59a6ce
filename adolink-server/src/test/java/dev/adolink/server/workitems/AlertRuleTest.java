package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.tracker.Level;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

  static AlertRule rule(@Nullable Level minLevel, @Nullable Long minEvents) {
    return rule(minLevel, minEvents, false);
  }

  static AlertRule rule(@Nullable Level minLevel, @Nullable Long minEvents, boolean regression) {
    return new AlertRule(
        1,
        1,
        1,
        "r",
        minLevel,
        minEvents,
        regression,
        1,
        Map.of(),
        null,
        null,
        null,
        Instant.EPOCH);
  }

  @Test
  void withoutConditionsEveryNewIssueFires() {
    assertThat(rule(null, null).firesOnCreation(Level.DEBUG)).isTrue();
    assertThat(rule(null, null).firesOnOccurrence(Level.ERROR, 2)).isFalse();
  }

  @Test
  void aMinimumLevelLetsThatLevelAndMoreSevereOnesThrough() {
    AlertRule errors = rule(Level.ERROR, null);

    assertThat(errors.firesOnCreation(Level.FATAL)).isTrue();
    assertThat(errors.firesOnCreation(Level.ERROR)).isTrue();
    assertThat(errors.firesOnCreation(Level.WARNING)).isFalse();
  }

  @Test
  void aNumberOfEventsFiresOnceWhenTheCountReachesIt() {
    AlertRule third = rule(Level.WARNING, 3L);

    assertThat(third.firesOnCreation(Level.ERROR)).isFalse();
    assertThat(third.firesOnOccurrence(Level.ERROR, 2)).isFalse();
    assertThat(third.firesOnOccurrence(Level.ERROR, 3)).isTrue();
    assertThat(third.firesOnOccurrence(Level.ERROR, 4)).isFalse();
    assertThat(third.firesOnOccurrence(Level.INFO, 3)).isFalse();
  }

  @Test
  void oneEventMeansOnCreation() {
    assertThat(rule(null, 1L).firesOnCreation(Level.INFO)).isTrue();
    assertThat(rule(null, 1L).firesOnOccurrence(Level.INFO, 1)).isFalse();
  }

  @Test
  void aRegressionRuleFiresOnRegressionsOfItsLevelOnly() {
    AlertRule regressions = rule(Level.ERROR, null, true);

    assertThat(regressions.firesOnRegression(Level.FATAL)).isTrue();
    assertThat(regressions.firesOnRegression(Level.WARNING)).isFalse();
    assertThat(regressions.firesOnCreation(Level.FATAL)).isFalse();
    assertThat(regressions.firesOnOccurrence(Level.FATAL, 1)).isFalse();
  }

  @Test
  void otherRulesDoNotFireOnRegressions() {
    assertThat(rule(null, null).firesOnRegression(Level.FATAL)).isFalse();
    assertThat(rule(null, 3L).firesOnRegression(Level.FATAL)).isFalse();
  }
}
