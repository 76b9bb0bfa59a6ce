package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.adolink.server.system.Jdbc;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test helper that runs jobs: {@link #run()} executes, in the calling thread, every job due at
 * the test clock's "now" (and the jobs those queue), then returns. To run a retry, advance the
 * {@code MutableClock} past its backoff and call {@code run()} again. No sleeping, no threads.
 */
public final class DueJobs {

  private static final int MAX_ROUNDS = 20;

  private final ManualScheduler scheduler;
  private final JdbcClient jdbc;
  private final Clock clock;

  DueJobs(
      DataSource dataSource,
      JobTasks tasks,
      JsonTaskSerializer serializer,
      Clock clock,
      String name) {
    SettableClock testClock =
        new SettableClock() {
          @Override
          public Instant now() {
            return clock.instant();
          }
        };
    TestHelper.ManualSchedulerBuilder builder =
        TestHelper.createManualScheduler(
                JobsConfiguration.transactionAware(dataSource), tasks.tasks())
            .clock(testClock);
    builder.serializer(serializer).schedulerName(new SchedulerName.Fixed(name));
    this.scheduler = builder.build();
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /** Runs all due jobs; returns when none is due any more. */
  public void run() {
    for (int round = 0; round < MAX_ROUNDS && due() > 0; round++) {
      scheduler.runAnyDueExecutions();
    }
  }

  /** Jobs waiting to run now (not picked by a scheduler). */
  public long due() {
    return jdbc.sql(
            "select count(*) from scheduled_tasks where picked = false and execution_time <= :now")
        .param("now", Jdbc.timestamp(clock.instant()))
        .query(Long.class)
        .single();
  }

  /** One polling round, as one server instance would do it. */
  void runOnce() {
    scheduler.runAnyDueExecutions();
  }
}
