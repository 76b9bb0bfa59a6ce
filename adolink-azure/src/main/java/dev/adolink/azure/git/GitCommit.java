package dev.adolink.azure.git;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A commit ({@code GitCommitRef}, or {@code GitCommit} from a single-commit read). In lists, ADO
 * truncates {@code comment} to its first line ({@code commentTruncated}); a single-commit read has
 * the full message and, with {@code changeCount}, the changes.
 *
 * @param changeCounts per change type name, e.g. {@code {"Add": 1, "Edit": 2}}
 * @param changes inline changes; empty when not asked for
 */
public record GitCommit(
    String commitId,
    @Nullable GitUserDate author,
    @Nullable GitUserDate committer,
    @Nullable String comment,
    boolean commentTruncated,
    Map<String, Integer> changeCounts,
    List<GitChange> changes,
    List<String> parents,
    @Nullable String treeId,
    @Nullable String url,
    @Nullable String remoteUrl) {

  public GitCommit {
    changeCounts = changeCounts == null ? Map.of() : Map.copyOf(changeCounts);
    changes = changes == null ? List.of() : List.copyOf(changes);
    parents = parents == null ? List.of() : List.copyOf(parents);
  }

  /**
   * A commit as a list names it (a push's delivery, say): its id and the first line of its message,
   * nothing else known yet.
   */
  public static GitCommit listed(String commitId, @Nullable String comment) {
    return new GitCommit(
        commitId, null, null, comment, true, Map.of(), List.of(), List.of(), null, null, null);
  }

  /** The total of {@link #changeCounts()}: how many changes the commit has. */
  public int changeTotal() {
    return changeCounts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The same commit with its complete list of changes. */
  public GitCommit withChanges(List<GitChange> allChanges) {
    return new GitCommit(
        commitId,
        author,
        committer,
        comment,
        commentTruncated,
        changeCounts,
        allChanges,
        parents,
        treeId,
        url,
        remoteUrl);
  }
}
