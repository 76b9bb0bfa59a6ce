package dev.adolink.azure.git;

import dev.adolink.azure.identity.Identity;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A push: who pushed, which refs moved, and (when asked for or just created) its commits. */
public record GitPush(
    int pushId,
    @Nullable Instant date,
    @Nullable Identity pushedBy,
    List<RefUpdate> refUpdates,
    List<GitCommit> commits,
    @Nullable String url) {

  public GitPush {
    refUpdates = refUpdates == null ? List.of() : List.copyOf(refUpdates);
    commits = commits == null ? List.of() : List.copyOf(commits);
  }

  /** A ref that moved from {@code oldObjectId} to {@code newObjectId}. */
  public record RefUpdate(
      String name, @Nullable String oldObjectId, @Nullable String newObjectId) {}
}
