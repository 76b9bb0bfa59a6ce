package dev.adolink.emulator.wit;

import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.EmulatorContext;
import dev.adolink.emulator.identity.IdentityJson;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.seed.Seeder;
import dev.adolink.emulator.store.Organization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work item tracking feature: builds its services and areas ({@link #areas()} for {@code
 * Wiring}), and gives the rest of the emulator a Java API ({@link #in}) and a read-only view
 * ({@link #snapshot}).
 */
public final class Wit {

  private final WorkItems workItems;
  private final RecycleBin recycleBin;
  private final Discussion discussion;
  private final WitJson json;
  private final ProcessCatalog processes;
  private final EmulatorContext context;

  public Wit(EmulatorContext context, ProcessCatalog processes, IdentityJson identities) {
    this.context = context;
    this.processes = processes;
    WitUrls urls = new WitUrls(context.urls());
    this.json = new WitJson(urls, identities);
    this.workItems = new WorkItems(processes, context.clock(), json);
    this.recycleBin = new RecycleBin(context.clock(), json, workItems);
    this.discussion = new Discussion(workItems, context.clock());
  }

  public List<Area> areas() {
    WitUrls urls = json.urls();
    return List.of(
        new WorkItemsArea(workItems, recycleBin, json),
        new HistoryArea(json),
        new CommentsArea(discussion, json),
        new RecycleBinArea(recycleBin, json),
        new TypesArea(workItems, new TypeJson(urls)),
        new ClassificationArea(workItems, urls),
        new TagsArea(urls, context.clock()),
        new RelationTypesArea(urls),
        new BatchArea(workItems, recycleBin, json));
  }

  /** The Java API for the work items of {@code org} (seed, control API, tests). */
  public OrgWorkItems in(Organization org) {
    return new OrgWorkItems(org, workItems, recycleBin, discussion, processes);
  }

  /** The seed step for a project's {@code areas}, {@code iterations} and {@code workItems}. */
  public Seeder.ProjectStep seedStep() {
    return new WitSeed(this);
  }

  /** {@code {org}/_apis/wit/workItems/{id}}, as ADO writes a work item's {@code url}. */
  public String workItemUrl(Organization org, int id) {
    return json.urls().workItem(org, id);
  }

  /** {@code {org}/_apis/wit/fields/{referenceName}}. */
  public String fieldUrl(Organization org, String referenceName) {
    return json.urls().field(org, referenceName);
  }

  /**
   * Every work item of {@code org} that is not deleted, with its current fields, in id order. The
   * fields are the current revision's, which never changes: read them without the lock.
   */
  public List<LiveWorkItem> live(Organization org) {
    return org.read(
        () ->
            WitState.of(org).items.values().stream()
                .filter(w -> !w.deleted())
                .map(w -> new LiveWorkItem(w.id, w.current().fields()))
                .toList());
  }

  /**
   * Every live work item of {@code org}, as display text, in id order; {@code System.History} holds
   * the text of its comments (search finds work items by their discussion, as ADO's does).
   */
  public List<WorkItemSnapshot> snapshot(Organization org) {
    return org.read(
        () ->
            WitState.of(org).items.values().stream()
                .filter(w -> !w.deleted())
                .map(
                    w -> {
                      Map<String, String> fields = new LinkedHashMap<>();
                      w.current().fields().forEach((k, v) -> fields.put(k, FieldValues.display(v)));
                      List<String> comments =
                          w.visibleComments().stream().map(c -> c.text).toList();
                      if (!comments.isEmpty()) {
                        fields.put(Fields.HISTORY, String.join("\n", comments));
                      }
                      return new WorkItemSnapshot(
                          w.id,
                          w.rev(),
                          w.projectId,
                          w.current().text(Fields.TEAM_PROJECT),
                          fields);
                    })
                .toList());
  }
}
