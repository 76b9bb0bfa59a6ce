package dev.adolink.emulator.git;

import java.util.List;

/**
 * A commit. Immutable.
 *
 * @param seq its position in the repository's history (parents always have a lower one)
 * @param depth the length of its first-parent chain
 * @param changes files and folders changed against the first parent, sorted by path
 */
public record Commit(
    String id,
    String treeId,
    List<String> parents,
    Signature author,
    Signature committer,
    String comment,
    List<Change> changes,
    int pushId,
    int seq,
    int depth) {

  public String firstParent() {
    return parents.isEmpty() ? null : parents.get(0);
  }
}
