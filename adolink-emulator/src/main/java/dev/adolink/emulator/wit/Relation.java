package dev.adolink.emulator.wit;

import tools.jackson.databind.node.ObjectNode;

/**
 * A relation of a work item: a work item link ({@code System.LinkTypes.*}), a {@code Hyperlink}, an
 * {@code ArtifactLink} or an {@code AttachedFile}. Treated as immutable: a change makes a copy.
 *
 * @param attributes {@code comment}, {@code name}, {@code isLocked}, ...
 */
record Relation(String rel, String url, ObjectNode attributes) {

  Relation {
    attributes = attributes.deepCopy();
  }

  @Override
  public ObjectNode attributes() {
    return attributes.deepCopy();
  }

  /** The same relation (same type and target), whatever its attributes. */
  boolean sameLink(Relation other) {
    return rel.equalsIgnoreCase(other.rel) && url.equalsIgnoreCase(other.url);
  }

  boolean isWorkItemLink() {
    return LinkTypes.isWorkItemLink(rel);
  }
}
