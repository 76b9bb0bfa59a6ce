package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.search.WorkItemSearchQuery;
import dev.adolink.azure.wit.Fields;
import dev.adolink.azure.wit.WorkItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Finds work items to link: with ADO's work item search where the organization has it, else (Azure
 * DevOps Server without the Search extension) with WIQL, titles containing the text. A query that
 * is an id or a work item URL finds that work item first.
 */
@Component
public class WorkItemSearch {

  static final int LIMIT = 50;

  /** {@code label} is {@code "(12) Title"}, {@code value} the id. */
  public record Result(String label, String value) {
    static Result of(int id, String title) {
      return new Result("(" + id + ") " + title, String.valueOf(id));
    }
  }

  List<Result> search(Organization ado, String query) {
    Map<Integer, Result> results = new LinkedHashMap<>();
    OptionalInt id = WorkItemUrls.id(query);
    if (ado.search().available()) {
      id.ifPresent(wanted -> byId(ado, wanted).forEach(r -> results.put(wanted, r)));
      ado.search().workItems(WorkItemSearchQuery.text(query)).stream()
          .limit(LIMIT)
          .forEach(
              hit ->
                  hit.id()
                      .ifPresent(
                          found ->
                              results.putIfAbsent(
                                  found, Result.of(found, hit.title().orElse("")))));
    } else {
      wiql(ado, query, id).forEach(r -> results.put(Integer.parseInt(r.value()), r));
    }
    return List.copyOf(results.values());
  }

  private static List<Result> byId(Organization ado, int id) {
    try {
      WorkItem item = ado.workItems().get(id);
      return List.of(Result.of(id, item.fields().title().orElse("")));
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  private static List<Result> wiql(Organization ado, String query, OptionalInt id) {
    String condition = "[System.Title] CONTAINS '" + query.replace("'", "''") + "'";
    if (id.isPresent()) {
      condition = "[System.Id] = " + id.getAsInt() + " OR " + condition;
    }
    List<Integer> ids =
        ado.workItems()
            .wiql(
                null,
                "SELECT [System.Id] FROM WorkItems WHERE "
                    + condition
                    + " ORDER BY [System.ChangedDate] DESC",
                LIMIT)
            .ids();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Integer, String> titles = new LinkedHashMap<>();
    ado.workItems()
        .get(ids, List.of(Fields.ID, Fields.TITLE))
        .forEach(item -> titles.put(item.id(), item.fields().title().orElse("")));
    List<Result> results = new ArrayList<>();
    for (int found : ids) {
      if (titles.containsKey(found)) {
        results.add(Result.of(found, titles.get(found)));
      }
    }
    return results;
  }
}
