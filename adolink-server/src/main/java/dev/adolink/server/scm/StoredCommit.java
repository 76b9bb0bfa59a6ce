package dev.adolink.server.scm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A commit as stored: full message and file changes.
 *
 * @param repository the repository's name ({@code Project/repo})
 */
public record StoredCommit(
    long id,
    String sha,
    String repository,
    @Nullable String message,
    @Nullable String authorName,
    @Nullable String authorEmail,
    @Nullable Instant authoredAt,
    List<FileChange> files) {

  public StoredCommit {
    files = List.copyOf(files);
  }

  StoredCommit withFiles(List<FileChange> changed) {
    return new StoredCommit(
        id, sha, repository, message, authorName, authorEmail, authoredAt, changed);
  }
}
