package dev.adolink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.bench.CrashFlows.Outcome;
import dev.adolink.bench.harness.Database;
import dev.adolink.bench.harness.Stack;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash suite at a smaller scale than {@code bench/run crash}, on H2 (the benchmark runs every
 * flow on PostgreSQL too) and with two instances on PostgreSQL: the server, a separate process, is
 * killed with SIGKILL in the middle of each flow and started again; nothing it acknowledged is
 * lost, nothing is applied twice, and everything converges within a minute of the restart.
 */
class CrashIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void issuesAcknowledgedBeforeTheKillAreAllThere() throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      assertClean(CrashFlows.apiWrites(stack, Duration.ofSeconds(3)));
    }
  }

  @Test
  void writesToAzureDevOpsInFlightAtTheKillArriveOnceAfterTheRestart() throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      assertClean(CrashFlows.outbound(stack, 100, 30, Duration.ofSeconds(1)));
    }
  }

  @Test
  void deliveriesAcceptedBeforeTheKillAreAppliedOnceAfterTheRestart() throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      assertClean(CrashFlows.inbound(stack, 40));
    }
  }

  @Test
  void aCommitFetchKilledHalfwayFinishesAfterTheRestart() throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      assertClean(CrashFlows.commitFetch(stack, 800));
    }
  }

  @Test
  void alertRulesFiringDuringTheKillCreateOneWorkItemPerIssue() throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      assertClean(CrashFlows.alertRules(stack, 60, Duration.ofSeconds(2)));
    }
  }

  @Test
  void sdkEventsAcceptedBeforeTheKillAreEachCountedOnce() throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      assertClean(CrashFlows.sdkEvents(stack, 200));
    }
  }

  @Test
  void anOutageAndA429DuringABurstLoseNothingAndNoRequestGoesBeforeItsRetryAfter()
      throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.h2())) {
      // duplicated counts the requests the emulator saw inside a Retry-After window, too; no
      // restart here: the time runs from the start of the burst, outage and window included
      Outcome outcome = CrashFlows.outageAndThrottle(stack, 40, 10, 5);
      System.out.println(outcome);
      assertThat(outcome.lost()).as("lost: " + outcome).isZero();
      assertThat(outcome.duplicated()).as("duplicated or early: " + outcome).isZero();
      assertThat(outcome.converged()).as("seconds to converge: " + outcome).isBetween(0.0, 120.0);
    }
  }

  @Test
  void whenOneOfTwoInstancesOnPostgresqlDiesTheOtherTakesItsWorkOver(@TempDir Path second)
      throws Exception {
    try (Stack stack = Stack.start(ROOT, Database.postgresql())) {
      assertClean(CrashFlows.twoInstances(stack, second, 40));
    }
  }

  private static void assertClean(Outcome outcome) {
    System.out.println(outcome);
    assertThat(outcome.sent()).as("what the flow sent").isPositive();
    assertThat(outcome.lost()).as("lost: " + outcome).isZero();
    assertThat(outcome.duplicated()).as("duplicated: " + outcome).isZero();
    assertThat(outcome.converged()).as("seconds to converge: " + outcome).isBetween(0.0, 60.0);
  }
}
