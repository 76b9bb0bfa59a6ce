package dev.adolink.server.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client key of a project: SDKs authenticate with its public part (the DSN's user). A disabled
 * key's events are refused with 403.
 *
 * @param rateLimit at most this many events per window, else 429; null for no limit
 */
record ClientKey(
    long id,
    long projectId,
    String name,
    String publicKey,
    String secretKey,
    boolean active,
    @Nullable RateLimit rateLimit,
    Instant created) {

  /** {@code count} events per {@code window} seconds. */
  record RateLimit(int window, int count) {}
}
