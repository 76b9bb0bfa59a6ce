package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A release of a tracker organization.
 *
 * @param releasedAt when it first shipped: the end of its first deploy
 */
public record Release(
    long id,
    long organizationId,
    String version,
    Instant createdAt,
    @Nullable Instant releasedAt,
    CommitFetch fetch) {}
