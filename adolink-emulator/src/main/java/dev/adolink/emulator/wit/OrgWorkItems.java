package dev.adolink.emulator.wit;

import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import dev.adolink.emulator.wit.ClassificationNode.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Work items of one organization from Java (seed, tests): the same rules, revisions and events as
 * the REST API. Changes are made by the organization's first member unless {@link #as} names
 * another.
 *
 * <pre>{@code
 * OrgWorkItems items = ado.workItems("fabrikam");
 * int id = items.create("Web", "Bug", Map.of("System.Title", "Crash on save"));
 * items.as("bob@example.com").update(id, Map.of("System.State", "Active"));
 * items.comment(id, "Looking into it");
 * }</pre>
 */
public final class OrgWorkItems {

  private final Organization org;
  private final WorkItems workItems;
  private final RecycleBin recycleBin;
  private final Discussion discussion;
  private final ProcessCatalog processes;
  private final User actor;

  OrgWorkItems(
      Organization org,
      WorkItems workItems,
      RecycleBin recycleBin,
      Discussion discussion,
      ProcessCatalog processes) {
    this(org, workItems, recycleBin, discussion, processes, null);
  }

  private OrgWorkItems(
      Organization org,
      WorkItems workItems,
      RecycleBin recycleBin,
      Discussion discussion,
      ProcessCatalog processes,
      User actor) {
    this.org = org;
    this.workItems = workItems;
    this.recycleBin = recycleBin;
    this.discussion = discussion;
    this.processes = processes;
    this.actor = actor;
  }

  /** The same API acting as the member with this email. */
  public OrgWorkItems as(String email) {
    User user =
        org.members().stream()
            .filter(u -> u.email().equalsIgnoreCase(email))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no member " + email + " in " + org));
    return new OrgWorkItems(org, workItems, recycleBin, discussion, processes, user);
  }

  private User actor() {
    if (actor != null) {
      return actor;
    }
    return org.members().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(org + " has no members"));
  }

  /**
   * Creates a work item; {@code fields} by reference or display name, values as JSON would give
   * them (identities as email, display name or {@code Name <email>}).
   */
  public int create(String project, String type, Map<String, ?> fields) {
    return workItems
        .create(org, actor(), project, type, ops(fields), WorkItems.SaveOptions.DEFAULT)
        .id();
  }

  /** Updates fields (a {@code null} value clears the field). */
  public int update(int id, Map<String, ?> fields) {
    return workItems
        .update(org, actor(), id, ops(fields), WorkItems.SaveOptions.DEFAULT)
        .revision()
        .rev();
  }

  /** Adds a relation ({@code Hyperlink}, {@code ArtifactLink}, a work item link type). */
  public int link(int id, String rel, String url, Map<String, ?> attributes) {
    ObjectNode value = Json.object();
    value.put("rel", rel);
    value.put("url", url);
    value.set("attributes", Json.MAPPER.valueToTree(attributes));
    return workItems
        .update(
            org,
            actor(),
            id,
            List.of(new PatchOp("add", "/relations/-", value)),
            WorkItems.SaveOptions.DEFAULT)
        .revision()
        .rev();
  }

  /** Adds a comment (a new revision with {@code System.History}); answers the comment id. */
  public int comment(int id, String text) {
    return discussion.add(org, actor(), id, text, "html").id;
  }

  public void delete(int id) {
    recycleBin.delete(org, actor(), id, false);
  }

  public void restore(int id) {
    recycleBin.restore(org, actor(), id);
  }

  /** The current fields of a work item as display text. */
  public Map<String, String> fields(int id) {
    return org.read(
        () -> {
          Map<String, String> fields = new LinkedHashMap<>();
          WitState.of(org)
              .live(id)
              .current()
              .fields()
              .forEach((k, v) -> fields.put(k, FieldValues.display(v)));
          return fields;
        });
  }

  /** The id of the newest live work item with this title. */
  public int idOf(String title) {
    return org.read(
        () ->
            WitState.of(org).items.values().stream()
                .filter(w -> !w.deleted() && title.equals(w.title()))
                .mapToInt(w -> w.id)
                .max()
                .orElseThrow(() -> new IllegalArgumentException("no work item titled " + title)));
  }

  public int rev(int id) {
    return org.read(() -> WitState.of(org).live(id).rev());
  }

  /** Adds an area ({@code Child\Grandchild} below the project's root); parents must exist. */
  public void addArea(String project, String path) {
    addNode(project, Group.AREAS, path);
  }

  public void addIteration(String project, String path) {
    addNode(project, Group.ITERATIONS, path);
  }

  private void addNode(String projectName, Group group, String path) {
    org.write(
        () -> {
          Project project = ProjectService.find(org, projectName);
          Classification trees =
              WitState.of(org).classification(project, workItems.process(project).name());
          List<String> names = Classification.split(path);
          ClassificationNode node = trees.root(group);
          for (String name : names) {
            ClassificationNode parent = node;
            node = parent.child(name).orElseGet(() -> trees.add(parent, name, null, null));
          }
        });
  }

  private static List<PatchOp> ops(Map<String, ?> fields) {
    List<PatchOp> ops = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            ops.add(
                value == null
                    ? new PatchOp("remove", "/fields/" + name, null)
                    : new PatchOp("add", "/fields/" + name, Json.MAPPER.valueToTree(value))));
    return ops;
  }
}
