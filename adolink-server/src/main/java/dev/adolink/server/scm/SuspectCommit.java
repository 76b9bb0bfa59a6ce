package dev.adolink.server.scm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A commit that probably caused an issue: it changed files of the stack trace in the
 * issue's release or one of the releases before it.
 *
 * @param repository {@code Project/repo}
 * @param url the commit's page in Azure Repos
 * @param files the changed paths that matched the stack trace
 * @param score points from the frames it matched, the crash frame's worth most
 * @param frames how many frames it matched
 * @param installationId the installation the repository is read through
 */
public record SuspectCommit(
    String sha,
    @Nullable String message,
    @Nullable String authorName,
    @Nullable String authorEmail,
    @Nullable Instant authoredAt,
    String repository,
    @Nullable String url,
    List<String> files,
    int score,
    int frames,
    long installationId) {

  public SuspectCommit {
    files = List.copyOf(files);
  }

  /** The message's first line. */
  public String summary() {
    if (message == null || message.isBlank()) {
      return "(no message)";
    }
    String first = message.strip().lines().findFirst().orElse("");
    return first.length() <= 120 ? first : first.substring(0, 117) + "...";
  }

  public String shortSha() {
    return sha.length() > 8 ? sha.substring(0, 8) : sha;
  }
}
