package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A deploy to record.
 *
 * @param finishedAt default: now
 */
public record NewDeploy(
    String environment,
    @Nullable String name,
    @Nullable String url,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt) {}
