package dev.adolink.server.scm;

import dev.adolink.server.system.ApiException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sentry's list paging: a {@code cursor} parameter {@code value:offset:isPrev} and a {@code Link}
 * header with a {@code previous} and a {@code next} link, each saying whether it has {@code
 * results} (sentry-cli follows {@code next} while it has).
 */
final class Cursors {

  private Cursors() {}

  /** The offset a cursor names; no cursor is the first page. */
  static int offset(@Nullable String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    String[] parts = cursor.strip().split(":");
    if (parts.length != 3 || !parts[1].matches("\\d{1,9}")) {
      throw ApiException.invalid("cursor", "must be a cursor from a previous answer's Link header");
    }
    return Integer.parseInt(parts[1]);
  }

  /** Reads at most {@code count} rows from {@code offset}. */
  interface Rows<T> {
    List<T> read(int offset, int count);
  }

  /** One page of a list, read with one row more than asked for to know whether there is a next. */
  static <T> ResponseEntity<List<T>> page(@Nullable String cursor, int limit, Rows<T> rows) {
    int offset = offset(cursor);
    List<T> read = rows.read(offset, limit + 1);
    boolean more = read.size() > limit;
    List<T> page = more ? read.subList(0, limit) : read;
    String previous = "0:" + Math.max(0, offset - limit) + ":1";
    String next = "0:" + (offset + limit) + ":0";
    String link = link(previous, "previous", offset > 0) + ", " + link(next, "next", more);
    return ResponseEntity.ok().header(HttpHeaders.LINK, link).body(List.copyOf(page));
  }

  private static String link(String cursor, String rel, boolean results) {
    String url =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("cursor", cursor)
            .build()
            .toUriString();
    return "<"
        + url
        + ">; rel=\""
        + rel
        + "\"; results=\""
        + results
        + "\"; cursor=\""
        + cursor
        + "\"";
  }
}
