package dev.adolink.server.workitems;

import dev.adolink.azure.core.Project;
import dev.adolink.azure.wit.ClassificationNode;
import dev.adolink.azure.wit.WorkItemTypeCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the create form offers, read from ADO's answers. */
final class AdoChoices {

  /** ADO's category of types that are not created by hand (test plans, code reviews, ...). */
  static final String HIDDEN_CATEGORY = "Microsoft.HiddenCategory";

  static final String BUG_CATEGORY = "Microsoft.BugCategory";

  private AdoChoices() {}

  /** Projects by name. */
  static List<Project> sorted(List<Project> projects) {
    return projects.stream()
        .sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** A project by id or by name (case-insensitive). */
  static Optional<Project> project(List<Project> projects, String idOrName) {
    return projects.stream()
        .filter(p -> p.id().equalsIgnoreCase(idOrName) || p.name().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  /**
   * The types of the project's categories in the order ADO lists them, each once, without the
   * hidden ones.
   */
  static List<String> types(List<WorkItemTypeCategory> categories) {
    Set<String> hidden = new LinkedHashSet<>();
    categories.stream()
        .filter(c -> c.referenceName().equals(HIDDEN_CATEGORY))
        .forEach(c -> c.workItemTypes().forEach(t -> hidden.add(t.name())));
    Set<String> types = new LinkedHashSet<>();
    for (WorkItemTypeCategory category : categories) {
      if (category.referenceName().equals(HIDDEN_CATEGORY)) {
        continue;
      }
      category.workItemTypes().stream()
          .map(WorkItemTypeCategory.TypeRef::name)
          .filter(name -> !hidden.contains(name))
          .forEach(types::add);
    }
    return List.copyOf(types);
  }

  /** The default type of the bug category, when the project has one. */
  static Optional<String> bugType(List<WorkItemTypeCategory> categories) {
    return categories.stream()
        .filter(c -> c.referenceName().equals(BUG_CATEGORY))
        .map(WorkItemTypeCategory::defaultWorkItemType)
        .filter(java.util.Objects::nonNull)
        .map(WorkItemTypeCategory.TypeRef::name)
        .findFirst();
  }

  static Optional<String> named(List<String> values, String wanted) {
    return values.stream().filter(v -> v.equalsIgnoreCase(wanted)).findFirst();
  }

  /**
   * Every node of an area or iteration tree as the work item path fields take it: {@code
   * Project\Team\Sub}, the root first.
   */
  static List<String> paths(ClassificationNode root) {
    List<String> paths = new ArrayList<>();
    collect(root, root.name(), paths);
    return paths;
  }

  private static void collect(ClassificationNode node, String path, List<String> paths) {
    paths.add(path);
    for (ClassificationNode child : node.children()) {
      collect(child, path + "\\" + child.name(), paths);
    }
  }
}
