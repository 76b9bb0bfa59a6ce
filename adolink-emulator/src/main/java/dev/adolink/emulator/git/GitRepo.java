package dev.adolink.emulator.git;

import dev.adolink.emulator.store.Project;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A Git repository: refs, commits, blobs and pushes. Mutable; guarded by its organization's lock.
 */
public final class GitRepo {

  private final UUID id;
  private final String name;
  private final UUID projectId;
  private final Instant createdAt;
  private String defaultBranch;
  private final Map<String, String> refs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final CommitGraph graph = new CommitGraph();
  private final Map<String, byte[]> blobs = new HashMap<>();
  private final List<Push> pushes = new ArrayList<>();
  private long size;

  GitRepo(UUID id, String name, Project project, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.projectId = project.id();
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public UUID projectId() {
    return projectId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** {@code refs/heads/main}; empty until the first push. */
  public Optional<String> defaultBranch() {
    return Optional.ofNullable(defaultBranch);
  }

  void defaultBranch(String ref) {
    this.defaultBranch = ref;
  }

  /** Ref name → commit id, e.g. {@code refs/heads/main}. */
  public Map<String, String> refs() {
    return refs;
  }

  CommitGraph graph() {
    return graph;
  }

  public Optional<Commit> commit(String id) {
    return graph.find(id);
  }

  public int commitCount() {
    return graph.size();
  }

  Map<String, byte[]> blobs() {
    return blobs;
  }

  public List<Push> pushes() {
    return pushes;
  }

  int nextPushId() {
    return pushes.size() + 1;
  }

  public long size() {
    return size;
  }

  void grow(long bytes) {
    size += bytes;
  }
}
