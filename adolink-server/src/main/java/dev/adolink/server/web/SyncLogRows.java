package dev.adolink.server.web;

import dev.adolink.server.sync.SyncAdmin.LogLine;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.ExternalIssue;
import dev.adolink.server.tracker.ExternalIssueProvider;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sync log as people read it: issues by short id ({@code BACKEND-4}), work items as {@code
 * Web#6 Title}, each result in words, and a failure's technical detail folded away.
 */
@Component
class SyncLogRows {

  /**
   * @param issue the issue's short id, {@code null} for a row without an issue
   * @param workItem {@code Web#6 Title} while the work item is linked, else {@code #6}
   * @param result what happened, in words
   * @param problem whether the row needs attention (failed, retrying, no user matched)
   * @param by who acted, in words ("Ada Lovelace", "Bob in Azure DevOps"), {@code null} if unknown
   * @param said what went wrong in people's words, {@code null} when only the detail is known
   * @param detail the technical detail (folded on the page)
   */
  record Row(
      LogLine line,
      @Nullable String issue,
      String workItem,
      String result,
      boolean problem,
      @Nullable String by,
      @Nullable String said,
      @Nullable String detail) {}

  private static final Map<String, String> RESULTS =
      Map.of(
          "applied", "done",
          "unchanged", "already so",
          "echo", "in step (adolink's own change came back)",
          "no_match", "no matching user",
          "skipped", "not synced (off or not mapped)",
          "superseded", "replaced by a later change",
          "fallback", "done with the type's own state",
          "retrying", "failed for now; adolink tries again",
          "failed", "not done");

  private final IssueService issues;
  private final List<ExternalIssueProvider> providers;

  SyncLogRows(IssueService issues, ObjectProvider<ExternalIssueProvider> providers) {
    this.issues = issues;
    this.providers = providers.orderedStream().toList();
  }

  List<Row> of(long organizationId, long installationId, List<LogLine> lines) {
    Map<Long, Optional<Issue>> found = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (LogLine line : lines) {
      Optional<Issue> issue =
          line.issueId() == null
              ? Optional.empty()
              : found.computeIfAbsent(line.issueId(), id -> find(organizationId, id));
      rows.add(
          new Row(
              line,
              issue.map(Issue::shortId).orElse(null),
              workItem(installationId, line.workItemId(), issue),
              RESULTS.getOrDefault(line.result(), line.result()),
              List.of("failed", "retrying", "no_match").contains(line.result()),
              line.actor() == null ? null : line.actor().words(),
              line.sentence(),
              line.error()));
    }
    return rows;
  }

  private String workItem(long installationId, int workItemId, Optional<Issue> issue) {
    String key = String.valueOf(workItemId);
    return issue
        .flatMap(
            i ->
                providers.stream()
                    .flatMap(p -> p.externalIssues(i.ref()).stream())
                    .filter(e -> e.integrationId() == installationId && e.key().equals(key))
                    .findFirst())
        .map(ExternalIssue::displayNameAndTitle)
        .orElse("#" + workItemId);
  }

  private Optional<Issue> find(long organizationId, long issueId) {
    try {
      return Optional.of(issues.get(organizationId, issueId));
    } catch (ApiException gone) {
      return Optional.empty();
    }
  }
}
