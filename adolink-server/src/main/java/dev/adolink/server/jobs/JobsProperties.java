package dev.adolink.server.jobs;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code adolink.jobs.*}.
 *
 * @param runInBackground start the scheduler threads; tests turn this off and run due jobs
 *     themselves
 * @param pollingInterval how often due jobs are looked for (new jobs also wake the scheduler when
 *     their transaction commits)
 * @param threads jobs run at once per server instance
 * @param heartbeatInterval how often a running job's row is marked alive
 * @param missedHeartbeatsLimit heartbeats a job may miss before it counts as dead (its process was
 *     killed) and is run again, by this instance or another: with the defaults, work a dead process
 *     held is taken over 40 to 60 s after its last heartbeat (db-scheduler's own defaults, 5 min
 *     and 6, took 30 min)
 */
@Validated
@ConfigurationProperties("adolink.jobs")
record JobsProperties(
    @DefaultValue("true") boolean runInBackground,
    @NotNull @DefaultValue("5s") Duration pollingInterval,
    @Min(1) @DefaultValue("4") int threads,
    @NotNull @DefaultValue("10s") Duration heartbeatInterval,
    @Min(2) @DefaultValue("4") int missedHeartbeatsLimit) {}
