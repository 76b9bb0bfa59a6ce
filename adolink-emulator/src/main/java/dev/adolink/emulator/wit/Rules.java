package dev.adolink.emulator.wit;

import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.process.StateCategory;
import dev.adolink.emulator.process.TypeField;
import dev.adolink.emulator.process.WorkItemState;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.wit.RuleErrors.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Completes a {@link Draft} the way ADO's rules engine does: defaults, area and iteration paths,
 * state transitions (reason, state change, activated/resolved/closed dates), tags, the system
 * fields, and then validation (required fields, allowed values, states), collected into one {@code
 * TF401320} error. Links are checked by {@link RelationRules}.
 */
final class Rules {

  /** Read-only fields a client may set with {@code bypassRules} (migrations do). */
  private static final Set<String> BYPASSABLE =
      Set.of(Fields.CREATED_BY, Fields.CREATED_DATE, Fields.CHANGED_BY, Fields.CHANGED_DATE);

  private Rules() {}

  static void complete(Draft d) {
    readOnly(d);
    if (d.item == null) {
      defaults(d);
    }
    paths(d);
    state(d);
    tags(d);
    RelationRules.check(d);
    system(d);
    if (!d.bypassRules) {
      validate(d);
    }
    d.errors.throwIfAny();
  }

  private static void readOnly(Draft d) {
    for (String ref : List.copyOf(d.explicit)) {
      TypeField field = d.type.field(ref).orElseThrow();
      boolean locked = field.field().readOnly() || Fields.COMPUTED.contains(ref);
      if (!locked || (d.bypassRules && BYPASSABLE.contains(ref))) {
        continue;
      }
      if (ref.equals(Fields.TEAM_PROJECT)) {
        move(d);
      } else if (ref.equals(Fields.WORK_ITEM_TYPE)
          && d.type.name().equalsIgnoreCase(String.valueOf(d.get(ref)))) {
        d.explicit.remove(ref);
      } else {
        d.errors.add(
            ref, field.field().name(), List.of(Flag.READ_ONLY, Flag.INVALID_NOT_OLD_VALUE));
      }
    }
  }

  /** Setting {@code System.TeamProject} to another project moves the work item there. */
  private static void move(Draft d) {
    Object name = d.get(Fields.TEAM_PROJECT);
    if (name == null || d.project.name().equalsIgnoreCase(name.toString())) {
      return;
    }
    Project target = ProjectService.find(d.org, name.toString());
    if (!target.processId().equals(d.project.processId())) {
      throw WitErrors.argument(
          "VS402878: The work item cannot be moved to project "
              + target.name()
              + " because it uses another process.");
    }
    d.project = target;
    for (String path : List.of(Fields.AREA_PATH, Fields.ITERATION_PATH)) {
      if (!d.explicit.contains(path)) {
        d.put(path, null);
      }
    }
  }

  private static void defaults(Draft d) {
    for (TypeField field : d.type.fields()) {
      if (field.defaultValue() != null && d.get(field.referenceName()) == null) {
        d.put(
            field.referenceName(),
            FieldValues.coerce(
                field.field(),
                tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(
                    field.defaultValue())));
      }
    }
  }

  private static void paths(Draft d) {
    Classification trees = d.state.classification(d.project, d.process.name());
    path(d, trees, Fields.AREA_PATH, ClassificationNode.Group.AREAS);
    path(d, trees, Fields.ITERATION_PATH, ClassificationNode.Group.ITERATIONS);
  }

  private static void path(
      Draft d, Classification trees, String field, ClassificationNode.Group group) {
    Object value = d.get(field);
    ClassificationNode node =
        value == null
            ? trees.root(group)
            : trees
                .byTreePath(group, value.toString())
                .orElseThrow(() -> WitErrors.invalidTreeName(d.idForErrors(), field));
    d.put(field, node.treePath());
    String prefix = group == ClassificationNode.Group.AREAS ? "System.Area" : "System.Iteration";
    d.put(prefix + "Id", node.id);
    d.fields.keySet().removeIf(k -> k.startsWith(prefix + "Level"));
    List<String> names = new ArrayList<>();
    names.add(trees.root(group).name);
    names.addAll(node.relativeNames());
    for (int i = 0; i < names.size(); i++) {
      d.put(prefix + "Level" + (i + 1), names.get(i));
    }
    if (group == ClassificationNode.Group.AREAS) {
      d.put(Fields.NODE_NAME, node.name);
    }
  }

  private static void state(Draft d) {
    Optional<WorkItemState> old =
        d.item == null ? Optional.empty() : d.type.state(d.item.current().text(Fields.STATE));
    Object requested = d.get(Fields.STATE);
    if (requested == null) {
      requested = old.map(WorkItemState::name).orElse(d.type.initialState().name());
    }
    Optional<WorkItemState> target = d.type.state(requested.toString());
    boolean allowed =
        target.isPresent()
            && (d.item != null || target.get().equals(d.type.initialState()) || d.bypassRules);
    if (!allowed) {
      if (!d.bypassRules) {
        d.errors.add(Fields.STATE, "State", flags(true, true, Flag.INVALID_LIST_VALUE));
      }
      return;
    }
    WorkItemState to = target.get();
    d.put(Fields.STATE, to.name());
    if (old.isPresent() && old.get().equals(to)) {
      return;
    }
    if (!d.explicit.contains(Fields.REASON)) {
      d.put(Fields.REASON, old.isEmpty() ? to.defaultReason() : Reasons.transition(old.get(), to));
    }
    setIfDefined(d, Fields.STATE_CHANGE_DATE, d.now);
    categoryDates(d, to.category());
  }

  /** Activated/Resolved/Closed date and by, where the type has those fields. */
  private static void categoryDates(Draft d, StateCategory category) {
    switch (category) {
      case PROPOSED -> clear(d, Fields.ACTIVATED_DATE, Fields.ACTIVATED_BY);
      case IN_PROGRESS -> {
        setIfDefined(d, Fields.ACTIVATED_DATE, d.now);
        setIfDefined(d, Fields.ACTIVATED_BY, d.actor);
      }
      case RESOLVED -> {
        setIfDefined(d, Fields.RESOLVED_DATE, d.now);
        setIfDefined(d, Fields.RESOLVED_BY, d.actor);
        setIfDefined(d, "Microsoft.VSTS.Common.ResolvedReason", d.get(Fields.REASON));
      }
      case COMPLETED -> {
        setIfDefined(d, Fields.CLOSED_DATE, d.now);
        setIfDefined(d, Fields.CLOSED_BY, d.actor);
      }
      case REMOVED -> {
        return;
      }
    }
    if (category == StateCategory.PROPOSED || category == StateCategory.IN_PROGRESS) {
      clear(d, Fields.RESOLVED_DATE, Fields.RESOLVED_BY, "Microsoft.VSTS.Common.ResolvedReason");
    }
    if (category != StateCategory.COMPLETED) {
      clear(d, Fields.CLOSED_DATE, Fields.CLOSED_BY);
    }
  }

  private static void setIfDefined(Draft d, String field, Object value) {
    if (d.hasField(field) && !d.explicit.contains(field)) {
      d.put(field, value);
    }
  }

  private static void clear(Draft d, String... fields) {
    for (String field : fields) {
      if (!d.explicit.contains(field)) {
        d.put(field, null);
      }
    }
  }

  /** {@code System.Tags}: trimmed, without duplicates, joined with {@code "; "}. */
  private static void tags(Draft d) {
    Object value = d.get(Fields.TAGS);
    if (value == null) {
      return;
    }
    List<String> tags = new ArrayList<>();
    for (String tag : value.toString().split(";")) {
      String name = tag.trim();
      if (!name.isEmpty() && tags.stream().noneMatch(name::equalsIgnoreCase)) {
        tags.add(name);
      }
    }
    d.put(Fields.TAGS, tags.isEmpty() ? null : String.join("; ", tags));
  }

  static List<String> tagList(Object value) {
    return value == null ? List.of() : List.of(value.toString().split("; "));
  }

  private static void system(Draft d) {
    d.put(Fields.TEAM_PROJECT, d.project.name());
    d.put(Fields.WORK_ITEM_TYPE, d.type.name());
    if (d.item == null) {
      putUnlessExplicit(d, Fields.CREATED_BY, d.actor);
      putUnlessExplicit(d, Fields.CREATED_DATE, d.now);
    }
    putUnlessExplicit(d, Fields.CHANGED_BY, d.actor);
    putUnlessExplicit(d, Fields.CHANGED_DATE, d.now);
    d.put(Fields.AUTHORIZED_AS, d.actor);
    d.put(Fields.AUTHORIZED_DATE, d.now);
    d.put(Fields.PERSON_ID, Math.abs(d.actor.id().hashCode() % 100_000_000));
    d.put(Fields.IS_DELETED, false);
    int comments = d.item == null ? 0 : d.item.visibleComments().size();
    d.put(Fields.COMMENT_COUNT, comments + (d.history != null && !d.history.isBlank() ? 1 : 0));
  }

  private static void putUnlessExplicit(Draft d, String field, Object value) {
    if (!d.explicit.contains(field)) {
      d.put(field, value);
    }
  }

  private static void validate(Draft d) {
    for (TypeField field : d.type.fields()) {
      String ref = field.referenceName();
      if (ref.equals(Fields.STATE)) {
        continue;
      }
      Object value = d.get(ref);
      boolean limited = !field.allowedValues().isEmpty() && !field.field().isIdentity();
      if (value == null || value.toString().isBlank()) {
        if (field.required()) {
          d.errors.add(
              ref, field.field().name(), flags(field.required(), limited, Flag.INVALID_EMPTY));
        }
        continue;
      }
      if (limited && d.explicit.contains(ref)) {
        Optional<String> allowed =
            field.allowedValues().stream()
                .filter(v -> v.equalsIgnoreCase(FieldValues.display(value)))
                .findFirst();
        if (allowed.isEmpty()) {
          d.errors.add(
              ref, field.field().name(), flags(field.required(), true, Flag.INVALID_LIST_VALUE));
        } else if (value instanceof String) {
          d.put(ref, allowed.get());
        }
      }
      if (field.field().type().equals("string") && value.toString().length() > 255) {
        d.errors.add(
            ref, field.field().name(), flags(field.required(), limited, Flag.INVALID_TOO_LONG));
      }
    }
  }

  private static List<Flag> flags(boolean required, boolean limited, Flag failure) {
    List<Flag> flags = new ArrayList<>();
    if (required) {
      flags.add(Flag.REQUIRED);
    }
    if (limited) {
      flags.addAll(List.of(Flag.HAS_VALUES, Flag.LIMITED_TO_VALUES, Flag.ALLOWS_OLD_VALUE));
    }
    flags.add(failure);
    return flags;
  }
}
