package dev.adolink.server.web;

import dev.adolink.azure.wit.WorkItemState.Category;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.IssueSyncStates;
import dev.adolink.server.sync.IssueSyncStates.WorkItemSync;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.workitems.LinkedWorkItem;
import dev.adolink.server.workitems.LinkedWorkItems;
import dev.adolink.server.workitems.StateCategories;
import dev.adolink.server.workitems.WorkItemSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The issue page's linked work items as adolink knows them, without asking ADO: type, state (as
 * last seen in a delivery or written by adolink), assignee, when it last synced, the failure no
 * later success cleared, and a state that contradicts the issue's status, with the reason. Only the
 * states' categories (for the colour) come from ADO, kept for minutes and never waited for longer
 * than {@link AdoAnswers#WAIT}.
 */
@Component
class WorkItemPanel {

  private static final Duration KEEP_CATEGORIES = Duration.ofMinutes(10);

  /**
   * One linked work item.
   *
   * @param category the state's category in lower case ({@code resolved}, {@code inprogress}) for
   *     the colour, {@code unknown} when not known (yet)
   * @param failure what did not sync, as a sentence
   * @param mismatch the state contradicts the issue's status, and why it was not synced
   */
  record View(
      long installationId,
      String integrationName,
      String key,
      String displayName,
      String title,
      String url,
      String type,
      @Nullable String state,
      String category,
      @Nullable String assignee,
      @Nullable Instant seenAt,
      @Nullable Instant lastSynced,
      @Nullable String failure,
      boolean retryable,
      @Nullable String mismatch,
      @Nullable String categoryNote) {}

  private final LinkedWorkItems links;
  private final Installations installations;
  private final IssueSyncStates syncStates;
  private final StateCategories categories;
  private final AdoAnswers answers;

  WorkItemPanel(
      LinkedWorkItems links,
      Installations installations,
      IssueSyncStates syncStates,
      StateCategories categories,
      AdoAnswers answers) {
    this.links = links;
    this.installations = installations;
    this.syncStates = syncStates;
    this.categories = categories;
    this.answers = answers;
  }

  private record Linked(LinkedWorkItem item, Installation installation) {}

  List<View> views(Issue issue) {
    List<Linked> linked = new ArrayList<>();
    for (LinkedWorkItem item : links.linksOf(issue.id())) {
      installations
          .find(issue.organizationId(), item.installationId())
          .ifPresent(installation -> linked.add(new Linked(item, installation)));
    }
    // every question to ADO starts before the page waits for the first
    linked.forEach(
        l ->
            answers.startInBackground(
                categoriesKey(l.item()), KEEP_CATEGORIES, () -> categoriesOf(l)));
    long deadline = System.nanoTime() + AdoAnswers.WAIT.toNanos();
    Map<Long, Map<Integer, WorkItemSync>> syncs = new HashMap<>();
    List<View> views = new ArrayList<>();
    for (Linked l : linked) {
      LinkedWorkItem item = l.item();
      WorkItemSync sync =
          syncs
              .computeIfAbsent(item.installationId(), id -> syncStates.ofIssue(id, issue.id()))
              .getOrDefault(item.workItemId(), null);
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      AdoAnswers.Answer<Map<String, Category>> known =
          answers.ask(categoriesKey(item), KEEP_CATEGORIES, () -> categoriesOf(l), left);
      views.add(view(issue, l.installation(), item, sync, known));
    }
    return views;
  }

  private Map<String, Category> categoriesOf(Linked linked) {
    return categories.of(
        linked.installation(), linked.item().adoProjectId(), linked.item().workItemType());
  }

  private static String categoriesKey(LinkedWorkItem item) {
    return "categories:"
        + item.installationId()
        + ":"
        + item.adoProjectId()
        + ":"
        + item.workItemType().toLowerCase(Locale.ROOT);
  }

  private View view(
      Issue issue,
      Installation installation,
      LinkedWorkItem item,
      @Nullable WorkItemSync sync,
      AdoAnswers.Answer<Map<String, Category>> known) {
    WorkItemSeen seen = item.seen();
    String state = seen == null ? null : seen.state();
    Instant stateAt = seen == null ? null : seen.at();
    if (sync != null
        && sync.written() != null
        && sync.writtenAt() != null
        && (stateAt == null || !sync.writtenAt().isBefore(stateAt))) {
      state = sync.written();
      stateAt = sync.writtenAt();
    }
    Category category =
        state == null || known.value() == null
            ? Category.UNKNOWN
            : known.value().getOrDefault(state.toLowerCase(Locale.ROOT), Category.UNKNOWN);
    String categoryNote =
        known.late()
            ? AdoAnswers.LATE + " The state's colour shows on a later visit."
            : known.failure() != null
                ? "Azure DevOps could not say what this state means: the state is shown as last seen."
                : null;
    IssueSyncStates.Failure failure = sync == null ? null : sync.failure();
    return new View(
        installation.id(),
        installation.name(),
        item.key(),
        item.displayName(),
        item.title(),
        item.url(),
        item.workItemType(),
        state,
        category.name().toLowerCase(Locale.ROOT).replace("_", ""),
        seen == null ? null : seen.assignee(),
        stateAt,
        sync == null ? null : sync.lastSynced(),
        failure == null ? null : failure(failure),
        failure != null && failure.retryable(),
        state == null ? null : mismatch(issue, installation, item, state, category, sync),
        categoryNote);
  }

  private static String failure(IssueSyncStates.Failure failure) {
    String what =
        failure.outbound()
            ? "Writing the " + failure.field() + " to Azure DevOps"
            : "Bringing the " + failure.field() + " from Azure DevOps";
    return what
        + (failure.retrying() ? " failed and will be tried again: " : " failed: ")
        + failure.reason();
  }

  private @Nullable String mismatch(
      Issue issue,
      Installation installation,
      LinkedWorkItem item,
      String state,
      Category category,
      @Nullable WorkItemSync sync) {
    boolean adoDone = category == Category.RESOLVED || category == Category.COMPLETED;
    boolean adoOpen = category == Category.PROPOSED || category == Category.IN_PROGRESS;
    boolean issueResolved = issue.status() == IssueStatus.RESOLVED;
    if (!(adoDone && !issueResolved) && !(adoOpen && issueResolved)) {
      return null;
    }
    return "Azure DevOps says "
        + state
        + ", this issue is "
        + issue.status().wire()
        + ": not synced because "
        + reason(issue, installation, item, sync)
        + ".";
  }

  private String reason(
      Issue issue, Installation installation, LinkedWorkItem item, @Nullable WorkItemSync sync) {
    if (sync != null && sync.failure() != null && sync.failure().field().equals("status")) {
      return "the last sync of the status failed (" + sync.failure().reason() + ")";
    }
    if (sync != null && sync.statusNote() != null) {
      return "the last state change was left alone: " + sync.statusNote();
    }
    SyncConfig config = installations.config(installation.id());
    if (issue.status() == IssueStatus.IGNORED) {
      return "ignoring an issue is not sent to Azure DevOps"
          + (config.statusReverse() ? "" : ", and states from Azure DevOps are not brought here");
    }
    if (!config.statusReverse() && !config.syncsStatusForward()) {
      return "status sync is off in both directions for " + installation.name();
    }
    if (!config.statusReverse()) {
      return "states changed in Azure DevOps are not brought here (that sync is off for "
          + installation.name()
          + ")";
    }
    Optional<?> mapping = config.mapping(item.adoProjectId(), item.workItemType());
    if (mapping.isEmpty()) {
      return "the work item's project has no status mapping, so status changes here are not sent";
    }
    return "no status change was made on either side since the work item was linked";
  }
}
