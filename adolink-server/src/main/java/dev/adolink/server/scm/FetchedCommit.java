package dev.adolink.server.scm;

import dev.adolink.azure.git.GitCommit;
import dev.adolink.azure.git.GitUserDate;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A commit read from ADO with its full message and changes, ready to be stored. */
record FetchedCommit(
    String sha,
    @Nullable String message,
    @Nullable String authorName,
    @Nullable String authorEmail,
    @Nullable Instant authoredAt,
    List<FileChange> files) {

  FetchedCommit {
    files = List.copyOf(files);
  }

  /**
   * @param commit a single-commit read (full message, every change)
   */
  static FetchedCommit of(GitCommit commit) {
    GitUserDate author = commit.author();
    return new FetchedCommit(
        commit.commitId(),
        commit.comment(),
        author == null ? null : author.name(),
        author == null ? null : author.email(),
        author == null ? null : author.date(),
        CommitFiles.of(commit.changes()));
  }
}
