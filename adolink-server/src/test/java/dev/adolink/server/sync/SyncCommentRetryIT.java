package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.wit.Comment;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** "Retry now" re-sends a comment write that was given up, as the comment is now (issue 17). */
@AdolinkIT
class SyncCommentRetryIT {

  @Autowired SyncFixtures sync;
  @Autowired TestApi api;
  @Autowired IssueSyncStates states;
  @Autowired IssueService issues;

  @AfterEach
  void clearFaults() {
    sync.clearFaults();
  }

  record Refused(Scenario scenario, int bug, long issue, String comments, long commentId) {}

  /** A linked issue whose comment ADO refused (a 400 for every request of the drain). */
  Refused refusedComment(String text) {
    Scenario s = sync.install(Map.of("sync_comments", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    String comments = s.installed().org().issuePath(String.valueOf(issue)) + "comments/";
    sync.faults(
        new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(400, 20))));
    JsonNode added =
        api.post(comments, s.installed().org().owner().token(), Map.of("text", text)).json();
    sync.sync();
    sync.clearFaults();
    return new Refused(s, bug, issue, comments, added.get("id").asLong());
  }

  List<Comment> adoComments(Scenario s, int bug) {
    return s.owner().workItems().comments(SyncCommentsIT.project(s, bug), bug).toList();
  }

  Issue issue(Refused r) {
    return issues.get(r.scenario().organizationId(), r.issue());
  }

  @Test
  void aGivenUpCommentIsRetryableAndRetryNowPostsItToTheWorkItem() {
    Refused r = refusedComment("checkout fails on empty carts");
    IssueSyncStates.Failure failure =
        states.ofIssue(r.scenario().id(), r.issue()).get(r.bug()).failure();
    assertThat(failure.field()).isEqualTo("comment");
    assertThat(failure.retrying()).isFalse();
    assertThat(failure.retryable()).isTrue();
    assertThat(adoComments(r.scenario(), r.bug())).isEmpty();

    String done = states.retryNow(r.scenario().id(), issue(r), r.bug());
    sync.sync();

    assertThat(done).isEqualTo("The comment is being sent to Azure DevOps again.");
    assertThat(adoComments(r.scenario(), r.bug()))
        .singleElement()
        .satisfies(c -> assertThat(c.text()).contains("checkout fails on empty carts"));
    assertThat(states.ofIssue(r.scenario().id(), r.issue()).get(r.bug()).failure()).isNull();
  }

  @Test
  void retryNowSendsTheCommentAsItIsNow() {
    Refused r = refusedComment("first words");
    sync.faults(
        new FaultSettings(0, Optional.empty(), Optional.of(new FaultSettings.Outage(400, 20))));
    api.put(
        r.comments() + r.commentId() + "/",
        r.scenario().installed().org().owner().token(),
        Map.of("text", "second thoughts"));
    sync.sync();
    sync.clearFaults();

    states.retryNow(r.scenario().id(), issue(r), r.bug());
    sync.sync();

    assertThat(adoComments(r.scenario(), r.bug()))
        .singleElement()
        .satisfies(c -> assertThat(c.text()).contains("second thoughts").doesNotContain("first"));
  }

  @Test
  void aCommentDeletedBeforeItWasEverWrittenHasNothingToSendAgain() {
    Refused r = refusedComment("never mind");
    api.delete(r.comments() + r.commentId() + "/", r.scenario().installed().org().owner().token());
    sync.sync();

    assertThatThrownBy(() -> states.retryNow(r.scenario().id(), issue(r), r.bug()))
        .isInstanceOf(ApiException.class)
        .hasMessageMatching("(?s).*(deleted since|Nothing to send again).*");
    assertThat(adoComments(r.scenario(), r.bug())).isEmpty();
  }
}
