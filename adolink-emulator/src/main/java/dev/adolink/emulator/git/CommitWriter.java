package dev.adolink.emulator.git;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Writes one commit into a repository: validates its changes against the parent's tree, stores the
 * blobs, derives the folder changes ADO lists beside file changes, and computes Git ids.
 */
final class CommitWriter {

  private CommitWriter() {}

  static Commit write(
      GitRepo repo,
      List<String> parents,
      PushSpec.CommitSpec spec,
      Signature author,
      Signature committer,
      int pushId) {
    String first = parents.isEmpty() ? null : parents.get(0);
    NavigableMap<String, String> before = repo.graph().tree(first);
    TreeMap<String, String> after = new TreeMap<>(before);
    Map<String, String> renames = new LinkedHashMap<>();
    java.util.Set<String> touched = new java.util.TreeSet<>();
    for (PushSpec.ChangeSpec change : spec.changes()) {
      apply(repo, first, after, change, renames, touched);
    }
    List<Change> files = net(before, after, renames, touched);
    String parentTree = first == null ? "" : repo.commit(first).orElseThrow().treeId();
    StringBuilder treeText = new StringBuilder(parentTree);
    files.forEach(c -> treeText.append('|').append(c.type()).append(c.path()).append(c.objectId()));
    String treeId = Hashes.of(treeText.toString());
    List<Change> changes = new ArrayList<>(files);
    changes.addAll(folders(before, after, files, parentTree, treeId));
    changes.sort(Comparator.comparing(Change::path));
    String comment =
        spec.comment() == null
            ? ""
            : spec.comment().endsWith("\n") ? spec.comment() : spec.comment() + "\n";
    String id = Hashes.commit(treeId, parents, author, committer, comment);
    int depth = first == null ? 0 : repo.commit(first).orElseThrow().depth() + 1;
    Commit commit =
        new Commit(
            id,
            treeId,
            List.copyOf(parents),
            author,
            committer,
            comment,
            List.copyOf(changes),
            pushId,
            repo.commitCount(),
            depth);
    repo.graph().add(commit, after);
    return commit;
  }

  /**
   * Applies one requested change to the working tree, validating it; records renames (target →
   * source).
   */
  private static void apply(
      GitRepo repo,
      String parent,
      TreeMap<String, String> tree,
      PushSpec.ChangeSpec change,
      Map<String, String> renames,
      java.util.Set<String> touched) {
    String path = normalize(change.path());
    touched.add(path);
    switch (change.type()) {
      case ADD -> {
        if (tree.containsKey(path)) {
          throw GitErrors.pathExists(path);
        }
        tree.put(path, store(repo, change.content()));
      }
      case EDIT -> {
        existing(repo, parent, tree, path);
        tree.put(path, store(repo, change.content()));
      }
      case DELETE -> {
        if (!tree.containsKey(path) && isFolder(tree, path)) {
          var files = tree.subMap(path + "/", path + "0");
          touched.addAll(files.keySet());
          files.clear();
          return;
        }
        existing(repo, parent, tree, path);
        tree.remove(path);
      }
      case RENAME, EDIT_RENAME -> {
        if (change.sourcePath() == null) {
          throw GitErrors.invalidArgument("A rename needs the sourceServerItem it renames.");
        }
        String source = normalize(change.sourcePath());
        touched.add(source);
        String old = existing(repo, parent, tree, source);
        if (tree.containsKey(path)) {
          throw GitErrors.pathExists(path);
        }
        tree.remove(source);
        tree.put(path, change.content() == null ? old : store(repo, change.content()));
        renames.put(path, renames.getOrDefault(source, source));
        renames.remove(source);
      }
    }
  }

  /**
   * The net file changes from {@code before} to {@code after}, as Git shows them: a declared rename
   * whose source existed before and is gone after is a rename ({@code edit, rename} when the
   * content changed too); everything else is add, edit or delete.
   */
  private static List<Change> net(
      NavigableMap<String, String> before,
      NavigableMap<String, String> after,
      Map<String, String> renames,
      java.util.Set<String> touched) {
    List<Change> changes = new ArrayList<>();
    java.util.Set<String> renamedSources = new java.util.HashSet<>();
    for (String path : touched) {
      String now = after.get(path);
      if (now == null) {
        continue;
      }
      String old = before.get(path);
      String source = renames.get(path);
      if (old == null
          && source != null
          && before.containsKey(source)
          && !after.containsKey(source)) {
        String sourceId = before.get(source);
        ChangeType type = sourceId.equals(now) ? ChangeType.RENAME : ChangeType.EDIT_RENAME;
        changes.add(new Change(type, path, source, now, sourceId, false));
        renamedSources.add(source);
      } else if (old == null) {
        changes.add(new Change(ChangeType.ADD, path, null, now, null, false));
      } else if (!old.equals(now)) {
        changes.add(new Change(ChangeType.EDIT, path, null, now, old, false));
      }
    }
    for (String path : touched) {
      String old = before.get(path);
      if (old != null && !after.containsKey(path) && !renamedSources.contains(path)) {
        changes.add(new Change(ChangeType.DELETE, path, null, null, old, false));
      }
    }
    return changes;
  }

  private static String existing(
      GitRepo repo, String parent, Map<String, String> tree, String path) {
    String old = tree.get(path);
    if (old == null) {
      throw GitErrors.itemNotFound(
          path, repo.name(), "<Commit: " + parent + " >", String.valueOf(parent));
    }
    return old;
  }

  private static String store(GitRepo repo, byte[] content) {
    byte[] bytes = content == null ? new byte[0] : content;
    String id = Hashes.blob(bytes);
    if (repo.blobs().putIfAbsent(id, bytes) == null) {
      repo.grow(bytes.length);
    }
    return id;
  }

  /** Folders that appear, disappear or change because of the file changes. */
  static List<Change> folders(
      NavigableMap<String, String> before,
      NavigableMap<String, String> after,
      List<Change> files,
      String beforeTreeId,
      String afterTreeId) {
    Map<String, ChangeType> folders = new LinkedHashMap<>();
    for (Change file : files) {
      for (String path : new String[] {file.path(), file.originalPath()}) {
        if (path == null) {
          continue;
        }
        for (int slash = path.lastIndexOf('/');
            slash > 0;
            slash = path.lastIndexOf('/', slash - 1)) {
          String folder = path.substring(0, slash);
          boolean was = isFolder(before, folder);
          boolean is = isFolder(after, folder);
          if (was || is) {
            folders.putIfAbsent(
                folder, was && is ? ChangeType.EDIT : is ? ChangeType.ADD : ChangeType.DELETE);
          }
        }
      }
    }
    List<Change> changes = new ArrayList<>();
    folders.forEach(
        (path, type) ->
            changes.add(
                new Change(
                    type,
                    path,
                    null,
                    type == ChangeType.DELETE ? null : Hashes.folder(path, afterTreeId),
                    type == ChangeType.ADD ? null : Hashes.folder(path, beforeTreeId),
                    true)));
    return changes;
  }

  static boolean isFolder(NavigableMap<String, String> tree, String folder) {
    String prefix = folder + "/";
    String next = tree.ceilingKey(prefix);
    return next != null && next.startsWith(prefix);
  }

  /** {@code /a/b.txt}: a leading slash, no trailing slash, no empty segments. */
  static String normalize(String path) {
    if (path == null || path.isBlank()) {
      throw GitErrors.invalidArgument("The item path is required.");
    }
    StringBuilder out = new StringBuilder();
    for (String segment : path.replace('\\', '/').split("/")) {
      if (!segment.isEmpty()) {
        out.append('/').append(segment);
      }
    }
    return out.length() == 0 ? "/" : out.toString();
  }
}
