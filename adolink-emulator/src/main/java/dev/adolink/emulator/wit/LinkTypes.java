package dev.adolink.emulator.wit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The relation types a work item can carry: work item link types (each with its reverse, the link
 * ADO adds on the other work item) and the resource links ({@code Hyperlink}, {@code ArtifactLink},
 * {@code AttachedFile}).
 */
final class LinkTypes {

  /** A work item link type: its name (the {@code name} attribute) and reverse reference name. */
  record LinkType(String referenceName, String name, String reverse) {}

  private static final Map<String, LinkType> WORK_ITEM_LINKS =
      Map.ofEntries(
          link("System.LinkTypes.Hierarchy-Forward", "Child", "System.LinkTypes.Hierarchy-Reverse"),
          link(
              "System.LinkTypes.Hierarchy-Reverse", "Parent", "System.LinkTypes.Hierarchy-Forward"),
          link("System.LinkTypes.Related", "Related", "System.LinkTypes.Related"),
          link(
              "System.LinkTypes.Dependency-Forward",
              "Successor",
              "System.LinkTypes.Dependency-Reverse"),
          link(
              "System.LinkTypes.Dependency-Reverse",
              "Predecessor",
              "System.LinkTypes.Dependency-Forward"),
          link(
              "System.LinkTypes.Duplicate-Forward",
              "Duplicate",
              "System.LinkTypes.Duplicate-Reverse"),
          link(
              "System.LinkTypes.Duplicate-Reverse",
              "Duplicate Of",
              "System.LinkTypes.Duplicate-Forward"),
          link(
              "Microsoft.VSTS.Common.TestedBy-Forward",
              "Tested By",
              "Microsoft.VSTS.Common.TestedBy-Reverse"),
          link(
              "Microsoft.VSTS.Common.TestedBy-Reverse",
              "Tests",
              "Microsoft.VSTS.Common.TestedBy-Forward"),
          link(
              "Microsoft.VSTS.Common.Affects-Forward",
              "Affects",
              "Microsoft.VSTS.Common.Affects-Reverse"),
          link(
              "Microsoft.VSTS.Common.Affects-Reverse",
              "Affected By",
              "Microsoft.VSTS.Common.Affects-Forward"));

  private static final Map<String, String> RESOURCE_LINKS =
      Map.of(
          "hyperlink", "Hyperlink", "artifactlink", "ArtifactLink", "attachedfile", "AttachedFile");

  private LinkTypes() {}

  private static Map.Entry<String, LinkType> link(String reference, String name, String reverse) {
    return Map.entry(reference.toLowerCase(Locale.ROOT), new LinkType(reference, name, reverse));
  }

  /** Every work item link type. */
  static java.util.Collection<LinkType> workItemLinks() {
    return WORK_ITEM_LINKS.values();
  }

  static boolean isWorkItemLink(String rel) {
    return WORK_ITEM_LINKS.containsKey(rel.toLowerCase(Locale.ROOT));
  }

  static Optional<LinkType> workItemLink(String rel) {
    return Optional.ofNullable(WORK_ITEM_LINKS.get(rel.toLowerCase(Locale.ROOT)));
  }

  /** The link type ADO adds on the other work item, e.g. Parent for Child. */
  static String reverse(String rel) {
    return workItemLink(rel).orElseThrow().reverse();
  }

  /** The canonical spelling of a known relation type (ADO matches them case-insensitively). */
  static Optional<String> canonical(String rel) {
    String key = rel.toLowerCase(Locale.ROOT);
    if (WORK_ITEM_LINKS.containsKey(key)) {
      return Optional.of(WORK_ITEM_LINKS.get(key).referenceName());
    }
    return Optional.ofNullable(RESOURCE_LINKS.get(key));
  }
}
