package dev.adolink.server.scm;

import dev.adolink.azure.git.ChangeType;
import dev.adolink.azure.git.GitChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a commit's ADO changes into file changes: {@code add} → A, {@code edit} → M, {@code delete}
 * → D, a rename ({@code rename} or {@code edit, rename}) → D of the old path and A of the new one.
 * Folders, submodules and changes of no file type (branch, merge, property) are left out.
 */
final class CommitFiles {

  private CommitFiles() {}

  static List<FileChange> of(List<GitChange> changes) {
    List<FileChange> files = new ArrayList<>();
    for (GitChange change : changes) {
      if (!isFile(change) || change.path().isEmpty()) {
        continue;
      }
      Set<ChangeType> types = change.changeType();
      if (types.contains(ChangeType.RENAME)
          || types.contains(ChangeType.SOURCE_RENAME)
          || types.contains(ChangeType.TARGET_RENAME)) {
        String previous = change.previousPath();
        if (previous != null && !previous.equals(change.path())) {
          files.add(new FileChange(previous, FileChange.DELETED));
        }
        files.add(new FileChange(change.path(), FileChange.ADDED));
      } else if (types.contains(ChangeType.DELETE)) {
        files.add(new FileChange(change.path(), FileChange.DELETED));
      } else if (types.contains(ChangeType.ADD) || types.contains(ChangeType.UNDELETE)) {
        files.add(new FileChange(change.path(), FileChange.ADDED));
      } else if (types.contains(ChangeType.EDIT)) {
        files.add(new FileChange(change.path(), FileChange.MODIFIED));
      }
    }
    return files;
  }

  private static boolean isFile(GitChange change) {
    if (change.isFolder()) {
      return false;
    }
    GitChange.ObjectType type = change.item().gitObjectType();
    return type == null || type == GitChange.ObjectType.BLOB;
  }
}
