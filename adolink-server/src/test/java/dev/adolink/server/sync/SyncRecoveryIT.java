package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.Comment;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a drain leaves behind when its process dies (SIGKILL mid-request) is finished by the next
 * drain at once, and a comment whose post may have reached ADO is never posted twice.
 */
@AdolinkIT
class SyncRecoveryIT {

  @Autowired SyncFixtures sync;
  @Autowired TestApi api;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired JsonMapper json;

  @Test
  void aCommentWhosePostReachedAzureDevOpsBeforeTheProcessDiedIsPairedNotPostedAgain() {
    Scenario s = sync.install(Map.of("sync_comments", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    String comments = s.installed().org().issuePath(String.valueOf(issue)) + "comments/";
    String token = s.installed().org().owner().token();
    JsonNode added = api.post(comments, token, Map.of("text", "seen on checkout")).json();
    // the drain marked the row sending, ADO created the comment, the process died before the answer
    String owner =
        json.readTree(
                jdbc.sql("select payload from sync_outbox where issue_id = :issue")
                    .param("issue", issue)
                    .query(String.class)
                    .single())
            .get("author")
            .asString();
    s.owner()
        .workItems()
        .addComment(
            SyncCommentsIT.project(s, bug),
            bug,
            HtmlText.attributed(owner, "seen on checkout"),
            Comment.Format.HTML);
    leftSending(s, issue);

    sync.sync();

    List<Comment> inAdo = SyncCommentsIT.adoComments(s, bug);
    assertThat(inAdo).hasSize(1);
    assertThat(s.comments(issue)).hasSize(1);
    api.put(comments + added.get("id").asString() + "/", token, Map.of("text", "seen on cart"));
    sync.sync();
    assertThat(SyncCommentsIT.adoComments(s, bug))
        .singleElement()
        .satisfies(comment -> assertThat(comment.text()).contains("seen on cart"));
  }

  @Test
  void aCommentWhosePostNeverReachedAzureDevOpsIsPostedOnce() {
    Scenario s = sync.install(Map.of("sync_comments", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    api.post(
        s.installed().org().issuePath(String.valueOf(issue)) + "comments/",
        s.installed().org().owner().token(),
        Map.of("text", "lost in flight"));
    leftSending(s, issue);

    sync.sync();

    assertThat(SyncCommentsIT.adoComments(s, bug))
        .singleElement()
        .satisfies(comment -> assertThat(comment.text()).contains("lost in flight"));
    assertThat(s.comments(issue)).hasSize(1);
  }

  @Test
  void aStatusWriteLeftSendingByADeadDrainGoesOutAtTheNextDrainNotMinutesLater() {
    Scenario s = sync.install(Map.of());
    SyncStatusIT.mapWeb(s, "Resolved", "Active");
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    s.updateIssue(issue, Map.of("status", "resolved"));
    leftSending(s, issue);

    sync.sync(); // no time passes

    assertThat(s.workItem(bug).fields().state()).contains("Resolved");
  }

  @Test
  void aLeaseHeldByADrainThatDiedIsTakenOverWithinAMinute() {
    Scenario s = sync.install(Map.of());
    SyncStatusIT.mapWeb(s, "Resolved", "Active");
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    // a drain took the lease just now and died: nobody renews it
    jdbc.sql("delete from sync_outbound_leases where integration_id = :installation")
        .param("installation", s.id())
        .update();
    jdbc.sql(
            "insert into sync_outbound_leases (integration_id, holder, expires_at)"
                + " values (:installation, 'dead', :until)")
        .param("until", Timestamp.from(clock.instant().plusSeconds(45)))
        .param("installation", s.id())
        .update();
    s.updateIssue(issue, Map.of("status", "resolved"));

    sync.sync();
    assertThat(s.workItem(bug).fields().state()).contains("New");

    clock.advance(Duration.ofSeconds(46));
    sync.sync();
    assertThat(s.workItem(bug).fields().state()).contains("Resolved");
  }

  /** The issue's pending outbox rows as a drain killed mid-request leaves them. */
  private void leftSending(Scenario s, long issue) {
    int rows =
        jdbc.sql(
                "update sync_outbox set state = 'sending', attempted = true"
                    + " where integration_id = :installation and issue_id = :issue")
            .param("installation", s.id())
            .param("issue", issue)
            .update();
    assertThat(rows).isPositive();
  }
}
