package dev.adolink.azure.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A work item search: free text plus optional filters by field ({@code System.TeamProject}, {@code
 * System.WorkItemType}, {@code System.State}, {@code System.AssignedTo}, {@code System.AreaPath}).
 *
 * @param project scopes the search to one project when not null
 */
public record WorkItemSearchQuery(
    String searchText, @Nullable String project, Map<String, List<String>> filters) {

  public WorkItemSearchQuery {
    filters = Map.copyOf(filters);
  }

  public static WorkItemSearchQuery text(String searchText) {
    return new WorkItemSearchQuery(searchText, null, Map.of());
  }

  public WorkItemSearchQuery inProject(String project) {
    return new WorkItemSearchQuery(searchText, project, filters);
  }

  public WorkItemSearchQuery filter(String field, List<String> values) {
    Map<String, List<String>> more = new LinkedHashMap<>(filters);
    more.put(field, List.copyOf(values));
    return new WorkItemSearchQuery(searchText, project, more);
  }

  Map<String, Object> body(int skip, int top) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("searchText", searchText);
    body.put("$skip", skip);
    body.put("$top", top);
    body.put("filters", filters.isEmpty() ? null : filters);
    body.put("includeFacets", false);
    return body;
  }
}
