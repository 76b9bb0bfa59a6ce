package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.wit.ClassificationNode.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The area and iteration trees of one project. A new project has a root area and, like ADO's
 * process templates, a few iterations under the root.
 */
final class Classification {

  private final ClassificationNode areas;
  private final ClassificationNode iterations;
  private final IntSupplier ids;

  Classification(Project project, String processName, IntSupplier ids) {
    this.ids = ids;
    this.areas = new ClassificationNode(ids.getAsInt(), Group.AREAS, null, project.name());
    this.iterations =
        new ClassificationNode(ids.getAsInt(), Group.ITERATIONS, null, project.name());
    List<String> defaults =
        switch (processName) {
          case "Agile" -> List.of("Iteration 1", "Iteration 2", "Iteration 3");
          case "Scrum" -> List.of("Sprint 1", "Sprint 2", "Sprint 3");
          default -> List.of("Sprint 1");
        };
    defaults.forEach(name -> add(iterations, name, null, null));
  }

  ClassificationNode root(Group group) {
    return group == Group.AREAS ? areas : iterations;
  }

  /**
   * A node by its path relative to the root ({@code Child/Grandchild}, slashes or backslashes); the
   * empty path is the root.
   */
  Optional<ClassificationNode> relative(Group group, String path) {
    ClassificationNode node = root(group);
    for (String name : split(path)) {
      Optional<ClassificationNode> child = node.child(name);
      if (child.isEmpty()) {
        return Optional.empty();
      }
      node = child.get();
    }
    return Optional.of(node);
  }

  /** A node by a work item path ({@code Project\Child}); the first name must be the root's. */
  Optional<ClassificationNode> byTreePath(Group group, String treePath) {
    List<String> names = split(treePath);
    if (names.isEmpty() || !names.get(0).equalsIgnoreCase(root(group).name)) {
      return Optional.empty();
    }
    return relative(group, String.join("\\", names.subList(1, names.size())));
  }

  Optional<ClassificationNode> byId(int id) {
    return find(areas, id).or(() -> find(iterations, id));
  }

  private static Optional<ClassificationNode> find(ClassificationNode node, int id) {
    if (node.id == id) {
      return Optional.of(node);
    }
    for (ClassificationNode child : node.children) {
      Optional<ClassificationNode> found = find(child, id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  ClassificationNode add(ClassificationNode parent, String name, Instant start, Instant finish) {
    if (parent.child(name).isPresent()) {
      throw WitErrors.duplicateNode(name, parent.id);
    }
    ClassificationNode node = new ClassificationNode(ids.getAsInt(), parent.group, parent, name);
    node.startDate = start;
    node.finishDate = finish;
    parent.children.add(node);
    return node;
  }

  static List<String> split(String path) {
    List<String> names = new ArrayList<>();
    if (path == null) {
      return names;
    }
    for (String name : path.split("[\\\\/]")) {
      if (!name.isBlank()) {
        names.add(name.trim());
      }
    }
    return names;
  }
}
