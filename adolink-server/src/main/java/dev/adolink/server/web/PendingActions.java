package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Issue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Issue page actions that need ADO (create or link a work item) without making the browser wait for
 * it: the action waits at most {@link AdoAnswers#ACTION_WAIT}; when ADO is slower it goes on in the
 * background, the page says so, and the next visit shows how it ended (the linked work item, or why
 * it failed). Kept in memory: an action running when the server stops is not reported.
 */
@Component
class PendingActions {

  private static final Duration KEEP = Duration.ofMinutes(30);

  private record Pending(String key, String what) {}

  private final AdoAnswers answers;
  private final ConcurrentMap<Long, List<Pending>> byIssue = new ConcurrentHashMap<>();

  PendingActions(AdoAnswers answers) {
    this.answers = answers;
  }

  /**
   * Runs the action; its refusal is thrown as when it runs in the request.
   *
   * @param what the action as the page names it: {@code Creating a work item in fabrikam}
   */
  <T> void run(Issue issue, String what, Supplier<T> action) {
    String key = "action:" + issue.id() + ":" + UUID.randomUUID();
    AdoAnswers.Answer<T> answer = answers.ask(key, KEEP, action, AdoAnswers.ACTION_WAIT);
    if (answer.late()) {
      byIssue
          .computeIfAbsent(issue.id(), id -> new CopyOnWriteArrayList<>())
          .add(new Pending(key, what));
      return;
    }
    answers.forget(key);
    if (answer.failure() != null) {
      throw answer.failure();
    }
  }

  /**
   * What the page says of the issue's actions that went on in the background: still waiting for
   * ADO, or failed (said once); finished ones are simply gone (their result is on the page).
   */
  List<String> notes(long issueId) {
    List<Pending> pending = byIssue.getOrDefault(issueId, List.of());
    List<String> notes = new ArrayList<>();
    for (Pending action : pending) {
      AdoAnswers.Answer<Object> answer = answers.<Object>peek(action.key()).orElse(null);
      if (answer != null && answer.late()) {
        notes.add(
            action.what()
                + ": Azure DevOps did not answer in time, so it goes on in the background. Reload"
                + " this page to see how it ended.");
        continue;
      }
      pending.remove(action);
      answers.forget(action.key());
      if (answer != null && answer.failure() != null) {
        notes.add(action.what() + " failed: " + reason(answer.failure()));
      }
    }
    byIssue.computeIfPresent(issueId, (id, list) -> list.isEmpty() ? null : list);
    return notes;
  }

  private static String reason(RuntimeException failure) {
    if (failure instanceof ApiException api) {
      Map<String, String> errors = api.body().errors();
      return errors.isEmpty()
          ? api.body().detail()
          : String.join(
              "; ", errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
    return "something went wrong on our side (see the server's log).";
  }
}
