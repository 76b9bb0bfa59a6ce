package dev.adolink.server.system;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code adolink.metrics.*}.
 *
 * @param refreshInterval how long gauges computed from the database (backlogs, ages, counts by
 *     status) keep their values before a scrape queries them again ({@code
 *     ADOLINK_METRICS_REFRESH_INTERVAL}); {@code 0s} queries on every scrape
 */
@Validated
@ConfigurationProperties("adolink.metrics")
public record MetricsProperties(@NotNull @DefaultValue("15s") Duration refreshInterval) {}
