package dev.adolink.azure.search;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.Transport;

/** Work item search; the Search service is an extension, so an organization may not offer it. */
public interface SearchApi {

  int PAGE_SIZE = 100;

  static SearchApi over(Transport transport) {
    return new HttpSearchApi(transport);
  }

  /** Whether the organization lists the Search service among its resource areas. */
  boolean available();

  /**
   * Matching work items, best first, all pages; throws {@code UnsupportedFeatureException} when
   * search is not {@link #available()}.
   */
  Paged<WorkItemSearchResult> workItems(WorkItemSearchQuery query);
}
