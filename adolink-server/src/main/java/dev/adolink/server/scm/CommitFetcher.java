package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.git.GitCommit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the commits of a list ADO gave (a range, a push) that are not stored yet: each is read in
 * one call with its full message and its changes, {@link ScmProperties#commitConcurrency()} at a
 * time, and stored chunk by chunk, so progress shows and a retry starts where a failure stopped. A
 * commit whose message holds {@value #SKIP} is neither read (when the list's first line shows the
 * marker) nor stored.
 */
@Component
class CommitFetcher {

  static final String SKIP = "#skipadolink";

  /** Commits read per batch before they are stored. */
  private static final int CHUNK = 250;

  private final CommitRepository commits;
  private final ScmProperties properties;
  private final Clock clock;

  CommitFetcher(CommitRepository commits, ScmProperties properties, Clock clock) {
    this.commits = commits;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param listed commits as ADO lists them (messages may be truncated), in the order to keep
   * @param progress told how many more of {@code listed} are done, as they get done
   * @return the stored ids of the listed commits, in their order; skipped commits left out
   */
  List<Long> fetch(Organization ado, Repo repo, List<GitCommit> listed, IntConsumer progress) {
    List<String> shas = listed.stream().map(GitCommit::commitId).toList();
    Map<String, Long> stored = commits.ids(repo.id(), shas);
    List<GitCommit> missing = new ArrayList<>();
    int skipped = 0;
    for (GitCommit commit : listed) {
      if (stored.containsKey(commit.commitId())) {
        continue;
      }
      if (skips(commit.comment())) {
        skipped++;
      } else {
        missing.add(commit);
      }
    }
    progress.accept(stored.size() + skipped);
    for (int from = 0; from < missing.size(); from += CHUNK) {
      List<GitCommit> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
      List<FetchedCommit> read =
          ado.git().withChanges(repo.externalId(), chunk, properties.commitConcurrency()).stream()
              .filter(commit -> !skips(commit.comment()))
              .map(FetchedCommit::of)
              .toList();
      try {
        commits.insert(repo.id(), read, clock.instant());
      } catch (DuplicateKeyException storedMeanwhile) {
        // a push delivery (or another release) stored some of them since: store the rest
        commits.insert(repo.id(), read, clock.instant());
      }
      progress.accept(chunk.size());
    }
    Map<String, Long> ids = commits.ids(repo.id(), shas);
    return shas.stream().filter(ids::containsKey).map(ids::get).distinct().toList();
  }

  static boolean skips(@Nullable String message) {
    return message != null && message.toLowerCase(Locale.ROOT).contains(SKIP);
  }
}
