package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.Comment;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import dev.adolink.server.webhooks.DeliveryRuns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Comments both ways, with edits and deletions, never returning to their origin. */
@AdolinkIT
class SyncCommentsIT {

  static final Map<String, Boolean> COMMENTS = Map.of("sync_comments", true);

  @Autowired SyncFixtures sync;
  @Autowired TestApi api;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  static String project(Scenario s, int workItem) {
    return s.workItem(workItem).fields().teamProject().orElseThrow();
  }

  static List<Comment> adoComments(Scenario s, int workItem) {
    return s.owner().workItems().comments(project(s, workItem), workItem).toList();
  }

  @Nested
  class FromAzureDevOps {

    @Test
    void aCommentBecomesAnIssueCommentUnderTheAdoDisplayName() {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      s.developer()
          .workItems()
          .addComment(project(s, bug), bug, "<div>Seen it <b>too</b></div>", Comment.Format.HTML);
      sync.sync();

      JsonNode comments = s.comments(issue);
      assertThat(comments).hasSize(1);
      assertThat(comments.get(0).get("text").asString()).isEqualTo("Seen it too");
      assertThat(comments.get(0).get("user").isNull()).isTrue();
      assertThat(comments.get(0).get("externalAuthor").asString())
          .isEqualTo(s.installed().ado().developer().displayName());
      assertThat(comments.get(0).get("source").get("type").asString()).isEqualTo("integration");
      assertThat(s.syncLog(issue).get(0).get("field").asString()).isEqualTo("comment");
      assertThat(adoComments(s, bug)).hasSize(1);
    }

    @Test
    void aCommentByAMemberIsTheirsAndEditsAndDeletionsFollow() {
      Scenario s = sync.install(COMMENTS);
      AdoUser developer = s.installed().ado().developer();
      s.member(developer.email(), "Dev");
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      Comment first =
          s.developer().workItems().addComment(project(s, bug), bug, "first", Comment.Format.HTML);
      sync.sync();
      assertThat(s.comments(issue).get(0).get("user").get("email").asString())
          .isEqualTo(developer.email().toLowerCase());

      // ADO sends nothing for edits and deletions: they follow with the work item's next change
      s.developer().workItems().editComment(project(s, bug), bug, first.id(), "first, edited");
      Comment second =
          s.developer().workItems().addComment(project(s, bug), bug, "second", Comment.Format.HTML);
      sync.sync();
      assertThat(SyncFixtures.values(s.comments(issue), "text"))
          .containsExactly("first, edited", "second");

      s.developer().workItems().deleteComment(project(s, bug), bug, second.id());
      s.developer().workItems().addComment(project(s, bug), bug, "third", Comment.Format.HTML);
      sync.sync();
      assertThat(SyncFixtures.values(s.comments(issue), "text"))
          .containsExactly("first, edited", "third");
    }

    @Test
    void aCommentEditedPastTheTrackersLimitFailsVisiblyAndKeepsItsPairing() {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      Comment first =
          s.developer().workItems().addComment(project(s, bug), bug, "first", Comment.Format.HTML);
      sync.sync();

      String huge = "x".repeat(100_001);
      s.developer().workItems().editComment(project(s, bug), bug, first.id(), huge);
      s.developer().workItems().addComment(project(s, bug), bug, "second", Comment.Format.HTML);
      sync.sync();

      assertThat(SyncFixtures.values(s.comments(issue), "text")).containsExactly("first", "second");
      JsonNode failed =
          java.util.stream.StreamSupport.stream(s.syncLog(issue).spliterator(), false)
              .filter(entry -> entry.path("result").asString("").equals("failed"))
              .findFirst()
              .orElseThrow();
      assertThat(failed.path("field").asString()).isEqualTo("comment");
      assertThat(failed.path("direction").asString()).isEqualTo("inbound");
      assertThat(failed.path("oldValue").asString()).isEqualTo("first");
      assertThat(failed.path("error").asString())
          .isEqualTo("the comment has 100001 characters; the tracker keeps at most 100000");

      // the pairing survives: a later, shorter version of the same comment is brought in
      s.developer().workItems().editComment(project(s, bug), bug, first.id(), "first, shorter");
      s.developer().workItems().addComment(project(s, bug), bug, "third", Comment.Format.HTML);
      sync.sync();
      assertThat(SyncFixtures.values(s.comments(issue), "text"))
          .containsExactly("first, shorter", "second", "third");
    }

    /**
     * A comment made with the history field arrives twice ({@code workitem.updated} and {@code
     * workitem.commented}); with background jobs both deliveries may be handled at once. Each round
     * starts both handlers together, so without the work item's lock this fails in most rounds.
     */
    @Test
    void aCommentAnnouncedByTwoDeliveriesHandledAtOnceIsBroughtInOnce() throws Exception {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      sync.sync(); // the link's own update of the work item
      DeliveryRuns runs = new DeliveryRuns(context);
      for (int round = 1; round <= 5; round++) {
        s.developer()
            .workItems()
            .update(bug, WorkItemPatch.builder().add("System.History", "note " + round).build());
        sync.deliver();
        List<Long> received = runs.received(s.id());
        assertThat(received).hasSize(2);
        runs.runAtOnce(received);
        assertThat(SyncFixtures.values(s.comments(issue), "text")).hasSize(round);
      }
      assertThat(SyncFixtures.values(s.comments(issue), "text"))
          .containsExactlyInAnyOrder("note 1", "note 2", "note 3", "note 4", "note 5");
    }

    @Test
    void aCommentDeletedInAzureDevOpsGoesWithTheWorkItemsNextChange() {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      Comment comment =
          s.developer().workItems().addComment(project(s, bug), bug, "gone", Comment.Format.HTML);
      sync.sync();
      assertThat(s.comments(issue)).hasSize(1);

      s.developer().workItems().deleteComment(project(s, bug), bug, comment.id());
      s.developer()
          .workItems()
          .update(bug, WorkItemPatch.builder().add("System.Title", "Crash on start").build());
      sync.sync();

      assertThat(s.comments(issue)).isEmpty();
    }

    @Test
    void aLaterChangeHandledFirstDoesNotBringInCommentsFromBeforeTheLink() throws Exception {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      s.developer().workItems().addComment(project(s, bug), bug, "old", Comment.Format.HTML);
      sync.sync();
      long issue = s.linkedIssue("Crash", bug);
      s.developer().workItems().addComment(project(s, bug), bug, "new", Comment.Format.HTML);
      sync.deliver();

      DeliveryRuns runs = new DeliveryRuns(context);
      List<Long> received = runs.received(s.id());
      for (int i = received.size() - 1; i >= 0; i--) {
        runs.run(received.get(i));
      }
      sync.sync();

      assertThat(SyncFixtures.values(s.comments(issue), "text")).containsExactly("new");
    }

    @Test
    void commentsFromBeforeTheLinkAreNotBroughtIn() {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      s.developer().workItems().addComment(project(s, bug), bug, "old", Comment.Format.HTML);
      sync.sync();
      long issue = s.linkedIssue("Crash", bug);

      s.developer().workItems().addComment(project(s, bug), bug, "new", Comment.Format.HTML);
      sync.sync();

      assertThat(SyncFixtures.values(s.comments(issue), "text")).containsExactly("new");
    }
  }

  @Nested
  class ToAzureDevOps {

    @Test
    void anIssueCommentIsWrittenAttributedEditedAndDeletedAndNeverComesBack() {
      Scenario s = sync.install(COMMENTS);
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      String comments = s.installed().org().issuePath(String.valueOf(issue)) + "comments/";
      String token = s.installed().org().owner().token();

      JsonNode added = api.post(comments, token, Map.of("text", "a < b")).json();
      sync.sync();

      List<Comment> inAdo = adoComments(s, bug);
      assertThat(inAdo).hasSize(1);
      assertThat(inAdo.get(0).text())
          .contains("wrote:")
          .contains("<blockquote><p>a &lt; b</p></blockquote>");
      assertThat(s.comments(issue)).hasSize(1);

      api.put(comments + added.get("id").asString() + "/", token, Map.of("text", "a > b"));
      sync.sync();
      assertThat(adoComments(s, bug).get(0).text()).contains("a &gt; b");
      assertThat(SyncFixtures.values(s.comments(issue), "text")).containsExactly("a > b");

      api.delete(comments + added.get("id").asString() + "/", token);
      sync.sync();
      assertThat(adoComments(s, bug)).isEmpty();
      assertThat(s.comments(issue)).isEmpty();
      assertThat(SyncFixtures.values(s.syncLog(issue), "direction")).doesNotContain("inbound");
    }

    @Test
    void nothingIsWrittenWhileTheFlagIsOff() {
      Scenario s = sync.install(Map.of("sync_comments", false));
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);

      api.post(
          s.installed().org().issuePath(String.valueOf(issue)) + "comments/",
          s.installed().org().owner().token(),
          Map.of("text", "hello"));
      sync.sync();

      assertThat(adoComments(s, bug)).isEmpty();
    }
  }
}
