package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.adolink.server.system.Jdbc;
import dev.adolink.server.system.StoredGauges;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs by type (see {@code docs/operations.md}): due (waiting for a thread), running (claimed by an
 * instance) and failed (out of attempts, in {@code failed_jobs} until retried). The gauges are
 * registered once every job type is known, for every type, so a type with none shows 0.
 */
class JobMetrics implements SmartInitializingSingleton {

  private final StoredGauges gauges;
  private final JobTasks tasks;
  private final JdbcClient jdbc;
  private final Clock clock;

  JobMetrics(StoredGauges gauges, JobTasks tasks, JdbcClient jdbc, Clock clock) {
    this.gauges = gauges;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    StoredGauges.Source<String> source = gauges.source("jobs", this::load);
    for (Task<?> task : tasks.tasks()) {
      String type = task.getName();
      Tags tags = Tags.of("type", type);
      source
          .gauge("adolink.jobs.due", "Jobs due and not yet started", null, tags, "due/" + type)
          .gauge("adolink.jobs.running", "Jobs running now", null, tags, "running/" + type)
          .gauge(
              "adolink.jobs.failed",
              "Jobs that ran out of attempts (retry them in the API)",
              null,
              tags,
              "failed/" + type);
    }
  }

  private Map<String, Double> load() {
    Map<String, Double> values = new HashMap<>();
    jdbc.sql(
            """
            select task_name, picked, count(*) as n from scheduled_tasks
            where picked = true or execution_time <= :now
            group by task_name, picked""")
        .param("now", Jdbc.timestamp(clock.instant()))
        .query(
            rs -> {
              String state = rs.getBoolean("picked") ? "running/" : "due/";
              values.put(state + rs.getString("task_name"), (double) rs.getLong("n"));
            });
    jdbc.sql("select job_type, count(*) as n from failed_jobs group by job_type")
        .query(
            (RowCallbackHandler)
                rs -> values.put("failed/" + rs.getString("job_type"), (double) rs.getLong("n")));
    return values;
  }
}
