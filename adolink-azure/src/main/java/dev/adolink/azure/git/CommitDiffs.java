package dev.adolink.azure.git;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The difference between two versions. {@code aheadCount}: commits in the target and not in the
 * base; {@code behindCount}: the reverse. {@link GitApi#diff} gathers every page of changes.
 */
public record CommitDiffs(
    @Nullable String baseCommit,
    @Nullable String targetCommit,
    @Nullable String commonCommit,
    int aheadCount,
    int behindCount,
    boolean allChangesIncluded,
    Map<String, Integer> changeCounts,
    List<GitChange> changes) {

  public CommitDiffs {
    changeCounts = changeCounts == null ? Map.of() : Map.copyOf(changeCounts);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  CommitDiffs withChanges(List<GitChange> all) {
    return new CommitDiffs(
        baseCommit, targetCommit, commonCommit, aheadCount, behindCount, true, changeCounts, all);
  }
}
