package dev.adolink.server.scm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a release (Sentry's {@code PUT .../releases/{version}/}); a null part is left as it
 * is.
 *
 * @param projects project slugs (or ids) to add
 * @param refs the release's refs: replaced, and fetched again; empty clears its commits
 * @param commits commits read from a local checkout (sentry-cli's {@code --local}), stored as they
 *     are
 */
record ReleaseUpdate(
    @Nullable List<String> projects,
    @Nullable String url,
    @Nullable Instant releasedAt,
    @Nullable List<NewRelease.Ref> refs,
    @Nullable List<LocalCommit> commits) {

  /**
   * A commit as sentry-cli reads it from git.
   *
   * @param repository what sentry-cli calls the repository: the name of the git remote, or the
   *     repository's name
   */
  record LocalCommit(
      String sha,
      @Nullable String repository,
      @Nullable String authorName,
      @Nullable String authorEmail,
      @Nullable Instant authoredAt,
      @Nullable String message,
      List<FileChange> files) {}
}
