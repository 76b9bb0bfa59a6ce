package dev.adolink.azure.wit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a WIQL query: only work item ids (flat queries) or links (tree and one-hop
 * queries). Read the fields with {@link WorkItemApi#get(java.util.Collection, java.util.List)}.
 */
public record WiqlResult(
    @Nullable String queryType,
    @Nullable Instant asOf,
    List<Reference> workItems,
    List<Link> workItemRelations) {

  public WiqlResult {
    workItems = workItems == null ? List.of() : List.copyOf(workItems);
    workItemRelations = workItemRelations == null ? List.of() : List.copyOf(workItemRelations);
  }

  public List<Integer> ids() {
    return workItems.stream().map(Reference::id).toList();
  }

  public record Reference(int id, @Nullable String url) {}

  /** A link of a tree or one-hop query; {@code source} is null for top-level items. */
  public record Link(@Nullable String rel, @Nullable Reference source, Reference target) {}
}
