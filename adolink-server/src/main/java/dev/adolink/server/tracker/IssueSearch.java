package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of an issue list; {@code null} means no filter.
 *
 * @param text words looked for in title, culprit and message (case-insensitive)
 */
public record IssueSearch(
    @Nullable Long projectId, @Nullable IssueStatus status, @Nullable String text, int limit) {

  /**
   * The filters of {@code GET .../issues/} (and the UI's list): {@code query} takes free text and
   * Sentry's {@code is:resolved|unresolved|ignored}; {@code status} filters as {@code is:} does.
   */
  public static IssueSearch parse(
      @Nullable Long projectId, @Nullable String query, @Nullable String status, int limit) {
    IssueStatus wanted = status == null || status.isBlank() ? null : parseStatus("status", status);
    List<String> words = new ArrayList<>();
    if (query != null) {
      for (String token : query.trim().split("\\s+")) {
        if (token.startsWith("is:")) {
          wanted = parseStatus("query", token.substring(3));
        } else if (!token.isEmpty()) {
          words.add(token);
        }
      }
    }
    return new IssueSearch(
        projectId, wanted, words.isEmpty() ? null : String.join(" ", words), limit);
  }

  private static IssueStatus parseStatus(String field, String value) {
    return Wire.parse(IssueStatus.class, value)
        .orElseThrow(() -> ApiException.invalid(field, Wire.oneOf(IssueStatus.class)));
  }
}
