package dev.adolink.emulator.wit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks and completes the relations of a {@link Draft}: known link types (spelled canonically),
 * existing targets, no duplicates, at most one parent, and the attributes ADO adds ({@code
 * isLocked}, {@code name}). Sets {@code System.Parent} from the parent link.
 */
final class RelationRules {

  private static final String PARENT = "System.LinkTypes.Hierarchy-Reverse";
  private static final String CHILD = "System.LinkTypes.Hierarchy-Forward";

  private RelationRules() {}

  static void check(Draft d) {
    List<Relation> checked = new ArrayList<>();
    Integer parent = null;
    for (Relation relation : d.relations) {
      String rel =
          LinkTypes.canonical(relation.rel())
              .orElseThrow(
                  () ->
                      WitErrors.argument(
                          "VS402625: The link type '" + relation.rel() + "' is not recognized."));
      ObjectNode attributes = relation.attributes();
      if (LinkTypes.isWorkItemLink(rel)) {
        int target = target(d, relation);
        if (rel.equals(PARENT)) {
          if (parent != null) {
            throw WitErrors.extraParent(d.idForErrors(), target);
          }
          parent = target;
        }
        if (rel.equals(CHILD) && isNew(d, relation)) {
          checkNoOtherParent(d, target);
        }
        if (!attributes.has("isLocked")) {
          attributes.put("isLocked", false);
        }
        attributes.put("name", LinkTypes.workItemLink(rel).orElseThrow().name());
      } else if (rel.equals("ArtifactLink") && !relation.url().startsWith("vstfs:///")) {
        throw WitErrors.argument(
            "VS402625: The artifact link URL '"
                + relation.url()
                + "' is not a valid artifact URI.");
      }
      Relation normalized = new Relation(rel, relation.url(), attributes);
      if (checked.stream().anyMatch(normalized::sameLink)) {
        throw WitErrors.argument(
            "VS403691: Relation already exists on work item "
                + d.idForErrors()
                + ": "
                + rel
                + " "
                + relation.url());
      }
      checked.add(normalized);
    }
    d.relations.clear();
    d.relations.addAll(checked);
    d.put(Fields.PARENT, parent);
  }

  private static int target(Draft d, Relation relation) {
    int target =
        WitUrls.workItemId(relation.url())
            .orElseThrow(
                () ->
                    WitErrors.argument(
                        "The work item link URL '" + relation.url() + "' is not valid."));
    if (isNew(d, relation)) {
      // a link the item already has may point to a work item deleted since: it stays editable
      d.state.live(target);
    }
    if (d.item != null && d.item.id == target) {
      throw WitErrors.argument("VS402626: A work item cannot be linked to itself.");
    }
    return target;
  }

  private static boolean isNew(Draft d, Relation relation) {
    return d.item == null
        || d.item.current().relations().stream().noneMatch(r -> r.sameLink(relation));
  }

  /** A new child link: the child must not have a parent yet. */
  private static void checkNoOtherParent(Draft d, int child) {
    WorkItem target = d.state.live(child);
    boolean hasParent =
        target.current().relations().stream()
            .anyMatch(
                r ->
                    r.rel().equals(PARENT)
                        && (d.item == null || WitUrls.workItemId(r.url()).orElse(-1) != d.item.id));
    if (hasParent) {
      throw WitErrors.extraParent(child, d.idForErrors());
    }
  }
}
