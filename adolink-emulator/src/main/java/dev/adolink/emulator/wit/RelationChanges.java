package dev.adolink.emulator.wit;

import java.util.List;

/** The relations an update added, removed and changed (attributes only). */
record RelationChanges(List<Relation> added, List<Relation> removed, List<Relation> updated) {

  static final RelationChanges NONE = new RelationChanges(List.of(), List.of(), List.of());

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && updated.isEmpty();
  }
}
