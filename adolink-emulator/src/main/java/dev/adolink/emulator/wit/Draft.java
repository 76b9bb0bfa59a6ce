package dev.adolink.emulator.wit;

import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.process.ProcessTemplate;
import dev.adolink.emulator.process.TypeField;
import dev.adolink.emulator.process.WorkItemTypeDefinition;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The working copy of one save: the current fields and relations with the patch applied in order
 * ({@code test} operations see the earlier ones). {@link Rules} then completes and validates it.
 */
final class Draft {

  final Organization org;
  final WitState state;
  Project project;
  final ProcessTemplate process;
  final WorkItemTypeDefinition type;
  final User actor;
  final Instant now;
  final boolean bypassRules;

  /** The work item being updated; {@code null} on create. */
  final WorkItem item;

  final Map<String, Object> fields = new LinkedHashMap<>();
  final List<Relation> relations = new ArrayList<>();

  /** Fields the patch set (rules do not overwrite them, e.g. an explicit Reason). */
  final Set<String> explicit = new LinkedHashSet<>();

  final RuleErrors errors = new RuleErrors();
  String history;

  Draft(
      Organization org,
      WitState state,
      Project project,
      ProcessTemplate process,
      WorkItemTypeDefinition type,
      User actor,
      Instant now,
      boolean bypassRules,
      WorkItem item) {
    this.org = org;
    this.state = state;
    this.project = project;
    this.process = process;
    this.type = type;
    this.actor = actor;
    this.now = now;
    this.bypassRules = bypassRules;
    this.item = item;
    if (item != null) {
      fields.putAll(item.current().fields());
      fields.remove(Fields.HISTORY);
      relations.addAll(item.current().relations());
    }
  }

  /** The id rule errors name: the work item's, or -1 for a new one (as ADO does). */
  int idForErrors() {
    return item == null ? -1 : item.id;
  }

  int baseRev() {
    return item == null ? 0 : item.rev();
  }

  Object get(String referenceName) {
    return fields.get(referenceName);
  }

  /** Sets (or, with {@code null}, clears) a field without the patch's checks. */
  void put(String referenceName, Object value) {
    if (value == null) {
      fields.remove(referenceName);
    } else {
      fields.put(referenceName, value);
    }
  }

  boolean hasField(String referenceName) {
    return type.field(referenceName).isPresent();
  }

  void apply(List<PatchOp> ops) {
    for (PatchOp op : ops) {
      switch (op.target()) {
        case FIELD -> field(op);
        case RELATION_APPEND -> appendRelation(op);
        case RELATION -> relation(op);
        case RELATION_ATTRIBUTE -> attribute(op);
        case REV -> testValue(op, baseRev());
        case ID -> {
          if (op.op().equals("test")) {
            testValue(op, item == null ? 0 : item.id);
          }
        }
        case FORMAT -> {
          // Markdown/HTML format of a multiline field: the emulator stores the text as given.
        }
      }
    }
  }

  private void testValue(PatchOp op, Object actual) {
    if (!op.op().equals("test")) {
      throw WitErrors.patchFailed("The path '" + op.path() + "' can only be tested.");
    }
    String expected = op.value() == null || op.value().isNull() ? null : op.value().asString();
    String current = actual == null ? null : FieldValues.display(actual);
    if (!Objects.equals(expected, current)) {
      throw WitErrors.testFailed(op.path(), current, expected);
    }
  }

  private void field(PatchOp op) {
    TypeField field = type.field(op.field()).orElseThrow(() -> WitErrors.fieldNotFound(op.field()));
    String ref = field.referenceName();
    if (op.op().equals("test")) {
      testValue(op, ref.equals(Fields.HISTORY) ? history : fields.get(ref));
      return;
    }
    JsonNode value = op.op().equals("remove") ? null : op.value();
    if (ref.equals(Fields.HISTORY)) {
      history = value == null || value.isNull() ? null : value.asString();
      return;
    }
    explicit.add(ref);
    put(ref, convert(field.field(), value));
  }

  private Object convert(FieldDefinition field, JsonNode value) {
    if (field.isIdentity()) {
      try {
        return Identities.resolve(org, field, value);
      } catch (RuntimeException unknown) {
        if (bypassRules && value != null && !value.isNull()) {
          return Identities.raw(value);
        }
        throw unknown;
      }
    }
    try {
      return FieldValues.coerce(field, value);
    } catch (IllegalArgumentException e) {
      errors.add(field.referenceName(), field.name(), List.of(RuleErrors.Flag.INVALID_TYPE));
      return fields.get(field.referenceName());
    }
  }

  private void appendRelation(PatchOp op) {
    if (!op.op().equals("add")) {
      throw WitErrors.patchFailed("Only 'add' is supported on '/relations/-'.");
    }
    relations.add(relation(op.value()));
  }

  private void relation(PatchOp op) {
    int index = op.index();
    boolean insert = op.op().equals("add") && index == relations.size();
    if (!insert && (index < 0 || index >= relations.size())) {
      throw WitErrors.patchFailed(
          "The relation index " + index + " is out of range for path '" + op.path() + "'.");
    }
    switch (op.op()) {
      case "add" -> {
        if (insert) {
          relations.add(relation(op.value()));
        } else {
          relations.set(index, relation(op.value()));
        }
      }
      case "replace" -> relations.set(index, relation(op.value()));
      case "remove" -> relations.remove(index);
      default -> {
        // test on a relation: nothing to compare in ADO's model but its presence
      }
    }
  }

  private void attribute(PatchOp op) {
    int index = op.index();
    if (index < 0 || index >= relations.size()) {
      throw WitErrors.patchFailed("The relation index " + index + " is out of range.");
    }
    Relation old = relations.get(index);
    ObjectNode attributes = old.attributes();
    switch (op.op()) {
      case "remove" -> attributes.remove(op.attribute());
      case "test" -> {
        return;
      }
      default -> attributes.set(op.attribute(), op.value());
    }
    relations.set(index, new Relation(old.rel(), old.url(), attributes));
  }

  private static Relation relation(JsonNode value) {
    if (value == null || !value.isObject()) {
      throw WitErrors.patchFailed("A relation needs a value with 'rel' and 'url'.");
    }
    String rel = value.path("rel").asString("");
    String url = value.path("url").asString("");
    if (rel.isBlank() || url.isBlank()) {
      throw WitErrors.patchFailed("A relation needs a value with 'rel' and 'url'.");
    }
    JsonNode attributes = value.get("attributes");
    return new Relation(
        rel,
        url,
        attributes != null && attributes.isObject()
            ? (ObjectNode) attributes
            : dev.adolink.emulator.http.Json.object());
  }
}
