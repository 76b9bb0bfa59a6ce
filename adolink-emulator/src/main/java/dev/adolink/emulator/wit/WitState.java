package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The work item data of one organization ({@code org.feature(WitState.class, ...)}): work items
 * (deleted ones stay, flagged, in the recycle bin), classification trees and tags per project, and
 * the counters ADO keeps per collection (ids, watermark). Read and change it only under the
 * organization's lock.
 */
final class WitState {

  /** A tag of a project ({@code _apis/wit/tags}). */
  record Tag(UUID id, String name, Instant lastUpdated) {}

  final Map<Integer, WorkItem> items = new LinkedHashMap<>();
  private final Map<UUID, Classification> classifications = new HashMap<>();
  private final Map<UUID, Map<String, Tag>> tags = new HashMap<>();
  private int nextId = 1;
  private int nextCommentId = 1;
  private int nextNodeId = 1;
  private int watermark;

  static WitState of(Organization org) {
    return org.feature(WitState.class, o -> new WitState());
  }

  int nextId() {
    return nextId++;
  }

  int nextCommentId() {
    return nextCommentId++;
  }

  int nextWatermark() {
    return ++watermark;
  }

  Optional<WorkItem> item(int id) {
    return Optional.ofNullable(items.get(id));
  }

  /** A work item that exists and is not deleted, or ADO's 404 {@code TF401232}. */
  WorkItem live(int id) {
    WorkItem item = items.get(id);
    if (item == null || item.deleted()) {
      throw WitErrors.notFound(id);
    }
    return item;
  }

  Classification classification(Project project, String processName) {
    return classifications.computeIfAbsent(
        project.id(), k -> new Classification(project, processName, () -> nextNodeId++));
  }

  /** Records tags as used in {@code project} (the tags API lists them). */
  void useTags(UUID projectId, List<String> names, Instant at) {
    Map<String, Tag> known = tags.computeIfAbsent(projectId, k -> new LinkedHashMap<>());
    for (String name : names) {
      known.merge(
          name.toLowerCase(Locale.ROOT),
          new Tag(UUID.randomUUID(), name, at),
          (old, neu) -> new Tag(old.id(), old.name(), at));
    }
  }

  /** Renames a tag, keeping its id; the renamed tag, or empty when there is no such tag. */
  Optional<Tag> renameTag(UUID projectId, Tag tag, String name, Instant at) {
    Map<String, Tag> known = tags.getOrDefault(projectId, new LinkedHashMap<>());
    if (known.remove(tag.name().toLowerCase(Locale.ROOT)) == null) {
      return Optional.empty();
    }
    Tag renamed = new Tag(tag.id(), name, at);
    known.put(name.toLowerCase(Locale.ROOT), renamed);
    return Optional.of(renamed);
  }

  void deleteTag(UUID projectId, Tag tag) {
    tags.getOrDefault(projectId, new LinkedHashMap<>()).remove(tag.name().toLowerCase(Locale.ROOT));
  }

  List<Tag> tags(UUID projectId) {
    return new ArrayList<>(tags.getOrDefault(projectId, Map.of()).values());
  }
}
