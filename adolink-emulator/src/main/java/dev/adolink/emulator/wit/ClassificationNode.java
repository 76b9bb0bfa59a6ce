package dev.adolink.emulator.wit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An area or iteration node. The root is named after the project; a work item's {@code
 * System.AreaPath} is the names from the root down, joined by backslashes ({@code Web\Backend}).
 * Mutable under the organization's lock.
 */
final class ClassificationNode {

  /** Which tree a node belongs to. */
  enum Group {
    AREAS("area", "Area"),
    ITERATIONS("iteration", "Iteration");

    final String structureType;
    final String pathSegment;

    Group(String structureType, String pathSegment) {
      this.structureType = structureType;
      this.pathSegment = pathSegment;
    }

    /** {@code areas}/{@code iterations} as in the URL (any case, singular accepted). */
    static Optional<Group> of(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.startsWith("area")) {
        return Optional.of(AREAS);
      }
      if (lower.startsWith("iteration")) {
        return Optional.of(ITERATIONS);
      }
      return Optional.empty();
    }
  }

  final int id;
  final UUID identifier = UUID.randomUUID();
  final Group group;
  final ClassificationNode parent;
  final List<ClassificationNode> children = new ArrayList<>();
  String name;
  Instant startDate;
  Instant finishDate;

  ClassificationNode(int id, Group group, ClassificationNode parent, String name) {
    this.id = id;
    this.group = group;
    this.parent = parent;
    this.name = name;
  }

  Optional<ClassificationNode> child(String childName) {
    return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).findFirst();
  }

  /** The work item path: {@code Project\Child\Grandchild}. */
  String treePath() {
    return parent == null ? name : parent.treePath() + "\\" + name;
  }

  /** The node's {@code path} property: {@code \Project\Area\Child}. */
  String nodePath() {
    if (parent == null) {
      return "\\" + name + "\\" + group.pathSegment;
    }
    return parent.nodePath() + "\\" + name;
  }

  /** Names below the root, e.g. {@code [Child, Grandchild]}. */
  List<String> relativeNames() {
    List<String> names = new ArrayList<>();
    for (ClassificationNode n = this; n.parent != null; n = n.parent) {
      names.add(0, n.name);
    }
    return names;
  }

  /** The depth below the root (the root is level 1, as {@code System.AreaLevel1}). */
  int level() {
    return parent == null ? 1 : parent.level() + 1;
  }
}
