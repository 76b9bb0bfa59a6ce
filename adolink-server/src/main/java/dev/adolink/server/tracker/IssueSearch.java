package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of an issue list; {@code null} means no filter.
 *
 * @param text words looked for in title, culprit and message (case-insensitive)
 * @param environment only issues with events of this environment
 * @param release only issues with events of this release
 */
public record IssueSearch(
    @Nullable Long projectId,
    @Nullable IssueStatus status,
    @Nullable String text,
    int limit,
    @Nullable String environment,
    @Nullable String release,
    Sort sort) {

  /** Sentry's {@code sort}: last seen, first seen, events, users; latest or most first. */
  public enum Sort {
    DATE,
    NEW,
    FREQ,
    USER
  }

  public IssueSearch(
      @Nullable Long projectId, @Nullable IssueStatus status, @Nullable String text, int limit) {
    this(projectId, status, text, limit, null, null, Sort.DATE);
  }

  /**
   * The filters of {@code GET .../issues/} (and the UI's list): {@code query} takes free text and
   * Sentry's {@code is:resolved|unresolved|ignored}; {@code status} filters as {@code is:} does.
   */
  public static IssueSearch parse(
      @Nullable Long projectId, @Nullable String query, @Nullable String status, int limit) {
    return parse(projectId, query, status, null, limit);
  }

  /**
   * As above, plus {@code environment:NAME} and {@code release:VERSION} in the query and {@code
   * sort} ({@code date}, {@code new}, {@code freq}, {@code user}).
   */
  public static IssueSearch parse(
      @Nullable Long projectId,
      @Nullable String query,
      @Nullable String status,
      @Nullable String sort,
      int limit) {
    IssueStatus wanted = status == null || status.isBlank() ? null : parseStatus("status", status);
    String environment = null;
    String release = null;
    List<String> words = new ArrayList<>();
    if (query != null) {
      for (String token : query.trim().split("\\s+")) {
        if (token.startsWith("is:")) {
          wanted = parseStatus("query", token.substring(3));
        } else if (token.startsWith("environment:") && token.length() > 12) {
          environment = unquote(token.substring(12));
        } else if (token.startsWith("release:") && token.length() > 8) {
          release = unquote(token.substring(8));
        } else if (!token.isEmpty()) {
          words.add(token);
        }
      }
    }
    Sort order = Sort.DATE;
    if (sort != null && !sort.isBlank()) {
      order =
          Wire.parse(Sort.class, sort.trim().toLowerCase(Locale.ROOT))
              .orElseThrow(() -> ApiException.invalid("sort", Wire.oneOf(Sort.class)));
    }
    return new IssueSearch(
        projectId,
        wanted,
        words.isEmpty() ? null : String.join(" ", words),
        limit,
        environment,
        release,
        order);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static IssueStatus parseStatus(String field, String value) {
    return Wire.parse(IssueStatus.class, value)
        .orElseThrow(() -> ApiException.invalid(field, Wire.oneOf(IssueStatus.class)));
  }
}
