package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.adolink.azure.wit.PatchOperation.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Patch document of a work item create or update, built with named operations instead of
 * raw maps. Serializes to the array ADO expects; {@code test} operations go first so that a stale
 * revision fails the whole write (412).
 *
 * <pre>{@code
 * WorkItemPatch patch = WorkItemPatch.builder()
 *     .expectRevision(6)
 *     .replace(Fields.STATE, "Resolved")
 *     .assignTo("jane@contoso.com")
 *     .history("Resolved in adolink")
 *     .addHyperlink("https://errors.example/issues/12", "adolink issue")
 *     .build();
 * }</pre>
 */
public final class WorkItemPatch {

  private final List<PatchOperation> operations;

  private WorkItemPatch(List<PatchOperation> operations) {
    this.operations = List.copyOf(operations);
  }

  public static Builder builder() {
    return new Builder();
  }

  @JsonValue
  public List<PatchOperation> operations() {
    return operations;
  }

  public boolean isEmpty() {
    return operations.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkItemPatch patch && patch.operations.equals(operations);
  }

  @Override
  public int hashCode() {
    return operations.hashCode();
  }

  @Override
  public String toString() {
    return "WorkItemPatch" + operations;
  }

  public static final class Builder {
    private final List<PatchOperation> tests = new ArrayList<>();
    private final List<PatchOperation> changes = new ArrayList<>();

    private Builder() {}

    /** Sets a field ({@code add} works for new and existing values). */
    public Builder add(String field, Object value) {
      return change(Op.ADD, field(field), Objects.requireNonNull(value, "value"));
    }

    /** Replaces a field's value. */
    public Builder replace(String field, Object value) {
      return change(Op.REPLACE, field(field), Objects.requireNonNull(value, "value"));
    }

    /** Clears a field. */
    public Builder remove(String field) {
      return change(Op.REMOVE, field(field), null);
    }

    /** Sets a field when {@code value} is not null, clears it when it is null. */
    public Builder set(String field, @Nullable Object value) {
      return value == null ? remove(field) : replace(field, value);
    }

    public Builder title(String title) {
      return add(Fields.TITLE, title);
    }

    /** The description, as HTML. */
    public Builder description(String html) {
      return add(Fields.DESCRIPTION, html);
    }

    /** Adds a discussion comment ({@code System.History}; text or HTML). */
    public Builder history(String comment) {
      return add(Fields.HISTORY, comment);
    }

    /** Moves to a state ({@code add}, which ADO accepts on create and update alike). */
    public Builder state(String state) {
      return add(Fields.STATE, state);
    }

    /** Assigns to an email, {@code "Name <email>"} or display name (ADO resolves it). */
    public Builder assignTo(String identity) {
      return add(Fields.ASSIGNED_TO, identity);
    }

    public Builder unassign() {
      return remove(Fields.ASSIGNED_TO);
    }

    public Builder areaPath(String path) {
      return add(Fields.AREA_PATH, path);
    }

    public Builder iterationPath(String path) {
      return add(Fields.ITERATION_PATH, path);
    }

    /** Replaces the tags ({@code System.Tags} is one {@code "a; b"} string). */
    public Builder tags(List<String> tags) {
      return add(Fields.TAGS, String.join("; ", tags));
    }

    /** Fails the write with 412 unless the work item is still at {@code revision}. */
    public Builder expectRevision(int revision) {
      tests.add(new PatchOperation(Op.TEST, "/rev", revision));
      return this;
    }

    /** Appends a relation. */
    public Builder addRelation(String rel, String url, Map<String, Object> attributes) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("rel", Objects.requireNonNull(rel));
      value.put("url", Objects.requireNonNull(url));
      if (!attributes.isEmpty()) {
        value.put("attributes", Map.copyOf(attributes));
      }
      return change(Op.ADD, "/relations/-", value);
    }

    public Builder addHyperlink(String url, @Nullable String comment) {
      return addRelation(
          WorkItemRelation.HYPERLINK, url, comment == null ? Map.of() : Map.of("comment", comment));
    }

    /** Links a commit: {@code vstfs:///Git/Commit/{projectId}%2F{repositoryId}%2F{sha}}. */
    public Builder addCommitLink(String projectId, String repositoryId, String commitId) {
      String url = "vstfs:///Git/Commit/" + projectId + "%2F" + repositoryId + "%2F" + commitId;
      return addRelation(WorkItemRelation.ARTIFACT_LINK, url, Map.of("name", "Fixed in Commit"));
    }

    /** Removes the relation at {@code index} of the work item's current {@code relations}. */
    public Builder removeRelation(int index) {
      if (index < 0) {
        throw new IllegalArgumentException("relation index must not be negative");
      }
      return change(Op.REMOVE, "/relations/" + index, null);
    }

    public WorkItemPatch build() {
      List<PatchOperation> all = new ArrayList<>(tests);
      all.addAll(changes);
      return new WorkItemPatch(all);
    }

    private Builder change(Op op, String path, @Nullable Object value) {
      changes.add(new PatchOperation(op, path, value));
      return this;
    }

    private static String field(String referenceName) {
      if (referenceName.isBlank() || referenceName.contains("/")) {
        throw new IllegalArgumentException("not a field reference name: " + referenceName);
      }
      return "/fields/" + referenceName;
    }
  }
}
