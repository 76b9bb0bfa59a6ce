package dev.adolink.emulator.git;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The commits of one repository and their file trees. A tree (path → blob id) is kept in full only
 * every {@link #CHECKPOINT} commits of first-parent depth; others are rebuilt from the nearest
 * checkpoint by replaying changes, so long histories stay small in memory. Called under the
 * organization's lock; the tree cache tolerates concurrent readers.
 */
final class CommitGraph {

  static final int CHECKPOINT = 64;

  private record CachedTree(String commitId, NavigableMap<String, String> tree) {}

  private final List<Commit> ordered = new ArrayList<>();
  private final Map<String, Commit> byId = new HashMap<>();
  private final Map<String, NavigableMap<String, String>> checkpoints = new HashMap<>();
  private final AtomicReference<CachedTree> cache = new AtomicReference<>();

  /**
   * Histories already walked. A history is a pure function of its two commit ids (commits never
   * change and new ones are never ancestors of old ones), so entries never go stale; paging through
   * a range reuses one walk.
   */
  private final Map<String, List<Commit>> histories =
      Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Commit>> eldest) {
              return size() > 32;
            }
          });

  /** Adds a commit whose full tree is {@code tree} (not modified afterwards by the caller). */
  void add(Commit commit, NavigableMap<String, String> tree) {
    ordered.add(commit);
    byId.put(commit.id(), commit);
    NavigableMap<String, String> frozen = Collections.unmodifiableNavigableMap(tree);
    if (commit.depth() % CHECKPOINT == 0) {
      checkpoints.put(commit.id(), frozen);
    }
    cache.set(new CachedTree(commit.id(), frozen));
  }

  int size() {
    return ordered.size();
  }

  Optional<Commit> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A commit by full id or by a unique prefix of at least 7 characters. */
  Optional<Commit> find(String idOrPrefix) {
    String id = idOrPrefix.toLowerCase(java.util.Locale.ROOT);
    Commit exact = byId.get(id);
    if (exact != null || id.length() < 7 || id.length() >= 40) {
      return Optional.ofNullable(exact);
    }
    List<Commit> matches = ordered.stream().filter(c -> c.id().startsWith(id)).limit(2).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** The file tree after {@code commitId}: absolute paths to blob ids. Unmodifiable. */
  NavigableMap<String, String> tree(String commitId) {
    if (commitId == null) {
      return Collections.emptyNavigableMap();
    }
    CachedTree cached = cache.get();
    if (cached != null && cached.commitId.equals(commitId)) {
      return cached.tree;
    }
    Deque<Commit> replay = new ArrayDeque<>();
    Commit at = byId.get(commitId);
    NavigableMap<String, String> base = null;
    while (at != null) {
      base = checkpoints.get(at.id());
      if (base != null) {
        break;
      }
      if (cached != null && cached.commitId.equals(at.id())) {
        base = cached.tree;
        break;
      }
      replay.push(at);
      at = at.firstParent() == null ? null : byId.get(at.firstParent());
    }
    NavigableMap<String, String> tree = new TreeMap<>(base == null ? Map.of() : base);
    while (!replay.isEmpty()) {
      apply(tree, replay.pop().changes());
    }
    NavigableMap<String, String> result = Collections.unmodifiableNavigableMap(tree);
    cache.set(new CachedTree(commitId, result));
    return result;
  }

  /** Applies the file changes of a commit to {@code tree}. */
  static void apply(NavigableMap<String, String> tree, List<Change> changes) {
    for (Change change : changes) {
      if (change.folder()) {
        continue;
      }
      switch (change.type()) {
        case ADD, EDIT -> tree.put(change.path(), change.objectId());
        case DELETE -> tree.remove(change.path());
        case RENAME, EDIT_RENAME -> {
          tree.remove(change.originalPath());
          tree.put(change.path(), change.objectId());
        }
      }
    }
  }

  /** Every commit reachable from {@code from} (itself included). */
  Set<String> reachable(String from) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    if (from != null) {
      todo.push(from);
    }
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        Commit commit = byId.get(id);
        if (commit != null) {
          commit.parents().forEach(todo::push);
        }
      }
    }
    return seen;
  }

  /**
   * The history from {@code from} without the commits reachable from {@code exclude} ({@code git
   * log exclude..from}), newest first.
   */
  List<Commit> history(String from, String exclude) {
    return histories.computeIfAbsent(from + ".." + exclude, k -> walk(from, exclude));
  }

  private List<Commit> walk(String from, String exclude) {
    Set<String> excluded = exclude == null ? Set.of() : reachable(exclude);
    Set<String> included = reachable(from);
    List<Commit> result = new ArrayList<>();
    for (String id : included) {
      if (!excluded.contains(id)) {
        result.add(byId.get(id));
      }
    }
    result.sort((a, b) -> Integer.compare(b.seq(), a.seq()));
    return Collections.unmodifiableList(result);
  }
}
