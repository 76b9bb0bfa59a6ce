package dev.adolink.server.jobs;

import java.time.Instant;

/**
 * A job that gave up. {@code payload} is its JSON, kept so that a retry runs it as it was.
 *
 * @param error the last failure's exception type and message
 */
public record FailedJob(
    long id,
    String type,
    String key,
    String payload,
    int attempts,
    String error,
    Instant failedAt) {}
