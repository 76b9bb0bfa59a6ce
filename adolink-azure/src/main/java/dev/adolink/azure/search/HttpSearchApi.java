package dev.adolink.azure.search;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.ApiResource;
import dev.adolink.azure.transport.ApiResponse;
import dev.adolink.azure.transport.ApiVersion;
import dev.adolink.azure.transport.Host;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import tools.jackson.databind.JsonNode;

final class HttpSearchApi implements SearchApi {

  /** Released in 7.1; a preview before (a preview request is accepted for released versions). */
  static final ApiResource SEARCH =
      ApiResource.previewUntil("work item search", ApiVersion.V4_1, 1, ApiVersion.V7_1);

  private final Transport transport;

  HttpSearchApi(Transport transport) {
    this.transport = transport;
  }

  @Override
  public boolean available() {
    return transport.offers(Host.SEARCH);
  }

  /** Results come as {@code {count, results}}, not in the usual {@code value} envelope. */
  @Override
  public Paged<WorkItemSearchResult> workItems(WorkItemSearchQuery query) {
    return Paged.byOffset(
        PAGE_SIZE,
        (skip, top) -> {
          ApiResponse response =
              transport.execute(
                  ApiCall.post("{}/_apis/search/workitemsearchresults", query.project())
                      .host(Host.SEARCH)
                      .resource(SEARCH)
                      .body(query.body(skip, top))
                      .build());
          JsonNode results = response.json().path("results");
          return results.isArray()
              ? List.of(response.decode(results, WorkItemSearchResult[].class))
              : List.of();
        });
  }
}
