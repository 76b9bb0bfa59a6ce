package dev.adolink.emulator.wit;

import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.process.ProcessTemplate;
import dev.adolink.emulator.process.WorkItemTypeDefinition;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every change to a work item goes through here, whoever makes it (REST, {@code $batch}, the
 * control API, the seed, Java): the patch is applied to a {@link Draft}, completed and validated by
 * {@link Rules}, saved as a new {@link Revision}, mirrored on linked work items, and announced on
 * the event bus ({@code workitem.created}, {@code .updated}, {@code .commented}).
 */
final class WorkItems {

  /** The query options of a write. */
  record SaveOptions(boolean validateOnly, boolean bypassRules, boolean suppressNotifications) {
    static final SaveOptions DEFAULT = new SaveOptions(false, false, false);
  }

  /** What a save produced; {@code persisted} is false for {@code validateOnly}. */
  record Saved(int id, UUID projectId, Revision revision, boolean persisted) {}

  private final ProcessCatalog catalog;
  private final Clock clock;
  private final WorkItemEvents events;
  private final WitUrls urls;

  WorkItems(ProcessCatalog catalog, Clock clock, WitJson json) {
    this.catalog = catalog;
    this.clock = clock;
    this.urls = json.urls();
    this.events = new WorkItemEvents(json);
  }

  ProcessCatalog catalog() {
    return catalog;
  }

  ProcessTemplate process(Project project) {
    return catalog.byId(project.processId()).orElseThrow();
  }

  WorkItemTypeDefinition type(Project project, String name) {
    return process(project)
        .type(name)
        .orElseThrow(() -> WitErrors.typeNotFound(name, project.id()));
  }

  Saved create(
      Organization org,
      User actor,
      String projectName,
      String typeName,
      List<PatchOp> ops,
      SaveOptions options) {
    return org.write(
        () -> {
          Project project = ProjectService.find(org, projectName);
          WitState state = WitState.of(org);
          Draft draft =
              new Draft(
                  org,
                  state,
                  project,
                  process(project),
                  type(project, typeName),
                  actor,
                  clock.instant(),
                  options.bypassRules(),
                  null);
          draft.apply(ops);
          return save(draft, options);
        });
  }

  Saved update(Organization org, User actor, int id, List<PatchOp> ops, SaveOptions options) {
    return org.write(
        () -> {
          WitState state = WitState.of(org);
          WorkItem item = state.live(id);
          Project project = project(org, item);
          Draft draft =
              new Draft(
                  org,
                  state,
                  project,
                  process(project),
                  type(project, item.type()),
                  actor,
                  clock.instant(),
                  options.bypassRules(),
                  item);
          draft.apply(ops);
          return save(draft, options);
        });
  }

  static Project project(Organization org, WorkItem item) {
    return org.projects().stream()
        .filter(p -> p.id().equals(item.projectId))
        .findFirst()
        .orElseThrow(() -> WitErrors.notFound(item.id));
  }

  private Saved save(Draft draft, SaveOptions options) {
    Rules.complete(draft);
    if (options.validateOnly()) {
      Revision preview =
          draft.item != null
              ? draft.item.current()
              : new Revision(
                  0,
                  draft.fields,
                  draft.relations,
                  draft.actor,
                  draft.now,
                  Map.of(),
                  RelationChanges.NONE);
      return new Saved(draft.item == null ? 0 : draft.item.id, draft.project.id(), preview, false);
    }
    WorkItem item = commit(draft);
    return new Saved(item.id, item.projectId, item.current(), true);
  }

  /** Saves the draft as a new revision, updates linked items, publishes the events. */
  private WorkItem commit(Draft d) {
    boolean created = d.item == null;
    WorkItem item = created ? new WorkItem(d.state.nextId(), d.project.id()) : d.item;
    Revision base = created ? null : item.current();
    d.put(Fields.ID, item.id);
    d.put(Fields.REV, d.baseRev() + 1);
    d.put(Fields.WATERMARK, d.state.nextWatermark());
    Map<String, Object> fields = new LinkedHashMap<>(d.fields);
    Comment comment = null;
    if (d.history != null && !d.history.isBlank()) {
      fields.put(Fields.HISTORY, d.history);
      comment = new Comment(d.state.nextCommentId(), item.id, d.history, "html", d.actor, d.now);
    }
    Revision revision =
        new Revision(
            d.baseRev() + 1,
            fields,
            d.relations,
            d.actor,
            d.now,
            changes(base, fields, d.now),
            relationChanges(base, d.relations));
    if (created) {
      d.state.items.put(item.id, item);
    }
    item.projectId = d.project.id();
    item.revisions.add(revision);
    if (comment != null) {
      item.comments.add(comment);
    }
    d.state.useTags(item.projectId, Rules.tagList(fields.get(Fields.TAGS)), d.now);
    d.org.publish(
        created ? events.created(d.org, item, revision) : events.updated(d.org, item, revision));
    if (comment != null) {
      d.org.publish(events.commented(d.org, item, revision, comment.text));
    }
    mirrorLinks(d, item, revision.relationChanges());
    return item;
  }

  private static Map<String, Change> changes(
      Revision base, Map<String, Object> fields, Instant now) {
    Map<String, Object> old = base == null ? Map.of() : base.fields();
    Map<String, Change> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Object before = e.getKey().equals(Fields.HISTORY) ? null : old.get(e.getKey());
      if (!Objects.equals(before, e.getValue())) {
        changes.put(e.getKey(), new Change(before, e.getValue()));
      }
      if (e.getKey().equals(Fields.AUTHORIZED_DATE)) {
        changes.put(Fields.REVISED_DATE, new Change(base == null ? null : now, Fields.OPEN_ENDED));
      }
    }
    for (Map.Entry<String, Object> e : old.entrySet()) {
      if (!fields.containsKey(e.getKey()) && !e.getKey().equals(Fields.HISTORY)) {
        changes.put(e.getKey(), new Change(e.getValue(), null));
      }
    }
    return changes;
  }

  private static RelationChanges relationChanges(Revision base, List<Relation> relations) {
    List<Relation> old = base == null ? List.of() : base.relations();
    List<Relation> added = new ArrayList<>();
    List<Relation> updated = new ArrayList<>();
    for (Relation relation : relations) {
      Relation before = old.stream().filter(relation::sameLink).findFirst().orElse(null);
      if (before == null) {
        added.add(relation);
      } else if (!before.attributes().equals(relation.attributes())) {
        updated.add(relation);
      }
    }
    List<Relation> removed =
        old.stream().filter(r -> relations.stream().noneMatch(r::sameLink)).toList();
    return new RelationChanges(added, removed, updated);
  }

  /** ADO keeps both ends of a work item link: the other item gets the reverse link. */
  private void mirrorLinks(Draft d, WorkItem item, RelationChanges changes) {
    String self = urls.workItem(d.org, item.id);
    for (Relation relation : changes.added()) {
      if (!relation.isWorkItemLink()) {
        continue;
      }
      ObjectNode attributes = Json.object().put("isLocked", false);
      if (relation.attributes().has("comment")) {
        attributes.set("comment", relation.attributes().get("comment"));
      }
      Relation back = new Relation(LinkTypes.reverse(relation.rel()), self, attributes);
      mirror(
          d,
          relation,
          other -> {
            if (other.relations.stream().noneMatch(back::sameLink)) {
              other.relations.add(back);
            }
          });
    }
    for (Relation relation : changes.removed()) {
      mirror(
          d,
          relation,
          other ->
              other.relations.removeIf(
                  r ->
                      WitUrls.workItemId(r.url()).orElse(-1) == item.id
                          && LinkTypes.reverse(relation.rel()).equalsIgnoreCase(r.rel())));
    }
  }

  /**
   * A destroyed work item's links go with it: every live work item linked to it gets a revision
   * without those links (as when a link is removed), so nothing keeps a link to nothing.
   */
  void unlinkDestroyed(Organization org, User actor, int destroyed) {
    WitState state = WitState.of(org);
    Instant now = clock.instant();
    Predicate<Relation> toDestroyed =
        r -> r.isWorkItemLink() && WitUrls.workItemId(r.url()).orElse(-1) == destroyed;
    List<WorkItem> linked =
        state.items.values().stream()
            .filter(w -> !w.deleted() && w.id != destroyed)
            .filter(w -> w.current().relations().stream().anyMatch(toDestroyed))
            .toList();
    for (WorkItem other : linked) {
      Project project = project(org, other);
      Draft draft =
          new Draft(
              org,
              state,
              project,
              process(project),
              type(project, other.type()),
              actor,
              now,
              true,
              other);
      draft.relations.removeIf(toDestroyed);
      Rules.complete(draft);
      commit(draft);
    }
  }

  /** Applies {@code change} to the other end of a work item link and saves it, if it changed. */
  private void mirror(Draft d, Relation relation, Consumer<Draft> change) {
    if (!relation.isWorkItemLink()) {
      return;
    }
    int target = WitUrls.workItemId(relation.url()).orElseThrow();
    WorkItem other = d.state.items.get(target);
    if (other == null || other.deleted()) {
      return;
    }
    Project project = project(d.org, other);
    Draft draft =
        new Draft(
            d.org,
            d.state,
            project,
            process(project),
            type(project, other.type()),
            d.actor,
            d.now,
            true,
            other);
    change.accept(draft);
    if (draft.relations.equals(other.current().relations())) {
      return;
    }
    Rules.complete(draft);
    commit(draft);
  }
}
