package dev.adolink.server.ingest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code adolink.ingest.*}: Relay's size limits (sentry-protocol.md §2) and how long events are
 * kept.
 *
 * @param maxRequestBody largest request body as sent (compressed)
 * @param maxEnvelope largest envelope once decompressed
 * @param maxEvent largest event item (decompressed)
 * @param eventsPerIssue events kept per issue (older ones are pruned; counts stay)
 * @param retention events older than this are pruned
 * @param pruneInterval how often the pruning job runs
 */
@Validated
@ConfigurationProperties("adolink.ingest")
record IngestProperties(
    @NotNull @DefaultValue("20MB") DataSize maxRequestBody,
    @NotNull @DefaultValue("100MB") DataSize maxEnvelope,
    @NotNull @DefaultValue("1MB") DataSize maxEvent,
    @Min(1) @DefaultValue("1000") int eventsPerIssue,
    @NotNull @DefaultValue("90d") Duration retention,
    @NotNull @DefaultValue("1h") Duration pruneInterval) {}
