package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A work item at one revision. {@code relations} are present only when read with {@link
 * WorkItemExpand#RELATIONS} or {@link WorkItemExpand#ALL}.
 */
public record WorkItem(
    int id,
    int rev,
    WorkItemFields fields,
    List<WorkItemRelation> relations,
    @Nullable String url,
    @JsonProperty("_links") Map<String, Href> links) {

  public WorkItem {
    fields = fields == null ? new WorkItemFields(null) : fields;
    relations = relations == null ? List.of() : List.copyOf(relations);
    links = links == null ? Map.of() : Map.copyOf(links);
  }

  /** The work item's web page, from {@code _links.html} when ADO sent it. */
  public Optional<String> htmlUrl() {
    return Optional.ofNullable(links.get("html")).map(Href::href);
  }
}
