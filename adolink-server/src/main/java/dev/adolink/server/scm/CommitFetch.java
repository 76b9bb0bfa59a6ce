package dev.adolink.server.scm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a release's commit fetch stands.
 *
 * @param fetched commits of the release's ranges done so far (read and stored, found stored, or
 *     skipped)
 * @param total commits in the ranges; {@code null} until ADO has listed them
 * @param error why the last attempt failed, readable; kept until an attempt succeeds
 * @param attempts attempts started so far
 */
public record CommitFetch(
    Status status,
    int fetched,
    @Nullable Integer total,
    @Nullable String error,
    int attempts,
    @Nullable Instant updatedAt) {

  public enum Status {
    /** the release has no refs */
    NONE,
    /** queued */
    PENDING,
    RUNNING,
    /** the last attempt failed; another follows after a backoff */
    RETRYING,
    /** the installation awaits re-authorization */
    WAITING,
    DONE,
    /** attempts used up, or a failure retrying cannot fix */
    FAILED;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
