package dev.adolink.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires db-scheduler by hand (its Boot 3 starter does nothing on Boot 4). Both the client that
 * enqueues and the scheduler use a transaction-aware view of the data source, so db-scheduler's SQL
 * joins the Spring transaction in progress.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

  static final String BACKGROUND = "adolink.jobs.run-in-background";

  /** Fetch more once fewer than half the threads have work; fetch up to two per thread. */
  private static final double LOCK_AND_FETCH_LOWER = 0.5;

  private static final double LOCK_AND_FETCH_UPPER = 2.0;

  @Bean
  JsonTaskSerializer jobSerializer(JsonMapper json) {
    return new JsonTaskSerializer(json);
  }

  @Bean
  JobTasks jobTasks(
      ObjectProvider<Job<?>> jobs,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    return new JobTasks(
        jobs, failedJobs, serializer, new TransactionTemplate(transactionManager), clock);
  }

  @Bean
  Jobs jobs(
      DataSource dataSource,
      JobTasks tasks,
      FailedJobRepository failedJobs,
      JsonTaskSerializer serializer,
      ObjectProvider<Scheduler> scheduler,
      Clock clock) {
    Supplier<SchedulerClient> client =
        SingletonSupplier.of(
            () ->
                SchedulerClient.Builder.create(transactionAware(dataSource), tasks.tasks())
                    .serializer(serializer)
                    .build());
    return new Jobs(client, tasks, failedJobs, serializer, scheduler, clock);
  }

  @Bean
  @ConditionalOnProperty(name = BACKGROUND, havingValue = "true", matchIfMissing = true)
  Scheduler jobScheduler(
      DataSource dataSource,
      JobTasks tasks,
      JsonTaskSerializer serializer,
      JobsProperties properties,
      Clock clock) {
    SchedulerBuilder builder =
        Scheduler.create(transactionAware(dataSource), tasks.tasks())
            .clock(clock::instant)
            .serializer(serializer)
            .pollingInterval(properties.pollingInterval())
            .threads(properties.threads())
            // dead executions are looked for every two heartbeats, from the start
            .heartbeatInterval(properties.heartbeatInterval())
            .missedHeartbeatsLimit(properties.missedHeartbeatsLimit())
            // JobFailureHandler logs failures (and deferrals by RetryLater, at info);
            // db-scheduler's
            // own "Unhandled exception" warning for each would repeat them
            .failureLogging(LogLevel.DEBUG, true);
    if (new AutodetectJdbcCustomization(dataSource).supportsSingleStatementLockAndFetch()) {
      // PostgreSQL: due jobs are claimed by one UPDATE ... FOR UPDATE SKIP LOCKED per poll
      // instead of one optimistic UPDATE per job; H2 keeps the default strategy
      builder.pollUsingLockAndFetch(LOCK_AND_FETCH_LOWER, LOCK_AND_FETCH_UPPER);
    }
    return builder.build();
  }

  @Bean
  @ConditionalOnProperty(name = BACKGROUND, havingValue = "true", matchIfMissing = true)
  SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        scheduler.start();
        running = true;
      }

      @Override
      public void stop() {
        scheduler.stop();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }

  /** Shown as {@code dbScheduler} in {@code /actuator/health}. */
  @Bean
  @ConditionalOnProperty(name = BACKGROUND, havingValue = "true", matchIfMissing = true)
  HealthIndicator dbSchedulerHealthIndicator(Scheduler scheduler) {
    return () -> {
      var state = scheduler.getSchedulerState();
      boolean up = state.isStarted() && !state.isShuttingDown() && !state.isPaused();
      return (up ? Health.up() : Health.down()).withDetail("started", state.isStarted()).build();
    };
  }

  static DataSource transactionAware(DataSource dataSource) {
    return dataSource instanceof TransactionAwareDataSourceProxy
        ? dataSource
        : new TransactionAwareDataSourceProxy(dataSource);
  }
}
