package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A release deployed to an environment. */
public record Deploy(
    long id,
    String environment,
    @Nullable String name,
    @Nullable String url,
    @Nullable Instant startedAt,
    Instant finishedAt) {}
