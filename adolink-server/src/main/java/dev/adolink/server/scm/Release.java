package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A release of a tracker organization.
 *
 * @param releasedAt when it shipped: set by finalizing it, else the end of its first deploy
 * @param url where the release is described (sentry-cli's {@code --url})
 * @param startedAt when work on it started (Sentry's {@code dateStarted})
 */
public record Release(
    long id,
    long organizationId,
    String version,
    Instant createdAt,
    @Nullable Instant releasedAt,
    CommitFetch fetch,
    @Nullable String url,
    @Nullable Instant startedAt) {}
