package dev.adolink.azure.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list and the cursor of the next one: a continuation token (header or body), or an
 * offset for {@code $skip}; null on the last page.
 */
public record Page<T>(List<T> items, @Nullable String next) {
  public Page {
    items = List.copyOf(items);
  }
}
