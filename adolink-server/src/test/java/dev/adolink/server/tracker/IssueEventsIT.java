package dev.adolink.server.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.jobs.RecordingJob;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.RecordedEvents;
import dev.adolink.server.support.StatusChangeJobs;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.system.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue events: published inside the change's transaction with the change's source, so that a
 * listener's job commits or rolls back with the change; and the service facade other features use
 * on behalf of an integration.
 */
@AdolinkIT
class IssueEventsIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures fixtures;
  @Autowired IssueService issues;
  @Autowired CommentService comments;
  @Autowired RecordedEvents events;
  @Autowired DueJobs dueJobs;
  @Autowired RecordingJob recordingJob;

  @Test
  void aChangeThroughTheApiPublishesItsEventInsideTheTransactionWithTheUserAsSource() {
    TestOrg org = fixtures.organization();
    long id = fixtures.issue(org, "Boom").get("id").asLong();

    api.put(
        org.issuePath(String.valueOf(id)),
        org.owner().token(),
        Map.of("status", "ignored", "assignedTo", org.owner().email()));

    assertThat(events.forIssue(id))
        .allSatisfy(recorded -> assertThat(recorded.inTransaction()).isTrue());
    IssueStatusChanged changed = events.of(IssueStatusChanged.class, id).get(0);
    assertThat(changed.previous()).isEqualTo(IssueStatus.UNRESOLVED);
    assertThat(changed.status()).isEqualTo(IssueStatus.IGNORED);
    assertThat(changed.source()).isEqualTo(ChangeSource.user(Long.parseLong(org.owner().id())));
    assertThat(changed.issue().shortId()).isEqualTo("APP-1");
    assertThat(events.of(IssueAssigned.class, id).get(0).assignee().email())
        .isEqualTo(org.owner().email());
    assertThat(events.of(IssueCreated.class, id)).hasSize(1);
  }

  @Test
  void anIntegrationChangesAnIssueThroughTheFacadeAndIsRecordedAsTheSource() {
    TestOrg org = fixtures.organization();
    long orgId = organizationId(org);
    long id = fixtures.issue(org, "Boom").get("id").asLong();

    issues.update(
        orgId, id, IssueUpdate.status(IssueStatus.RESOLVED), ChangeSource.integration(42));
    comments.add(
        issues.get(orgId, id), null, "Closed in Azure DevOps", ChangeSource.integration(42));

    assertThat(events.of(IssueStatusChanged.class, id).get(0).source().isIntegration(42)).isTrue();
    assertThat(events.of(IssueCommentAdded.class, id).get(0).source().isIntegration(42)).isTrue();
    JsonNode activities =
        api.get(org.issuePath(String.valueOf(id)) + "activities/", org.owner().token()).json();
    assertThat(activities.valueStream().map(a -> a.get("source").get("type").asString()))
        .containsExactly("integration", "integration");
    assertThat(activities.get(0).get("source").get("id").asString()).isEqualTo("42");
    assertThat(activities.get(0).get("user").isNull()).isTrue();
    JsonNode comment =
        api.get(org.issuePath(String.valueOf(id)) + "comments/", org.owner().token()).json().get(0);
    assertThat(comment.get("user").isNull()).isTrue();
    assertThat(comment.get("source").get("type").asString()).isEqualTo("integration");
  }

  @Test
  void aJobQueuedByAListenerRunsAfterTheChangeCommits() {
    TestOrg org = fixtures.organization();
    long id = fixtures.issue(org, "Boom").get("id").asLong();

    api.put(org.issuePath(String.valueOf(id)), org.owner().token(), Map.of("status", "resolved"));
    dueJobs.run();

    assertThat(recordingJob.runsOf(StatusChangeJobs.key(id, "resolved")))
        .containsExactly(StatusChangeJobs.key(id, "resolved") + ":user:1");
  }

  @Test
  void aRejectedBulkUpdateLeavesNoChangeNoActivityNoEventAndNoJob() {
    TestOrg org = fixtures.organization();
    long orgId = organizationId(org);
    long id = fixtures.issue(org, "Boom").get("id").asLong();

    assertThatThrownBy(
            () ->
                issues.update(
                    orgId,
                    List.of(id, Long.MAX_VALUE),
                    IssueUpdate.status(IssueStatus.RESOLVED),
                    ChangeSource.integration(1)))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("not found");
    dueJobs.run();

    assertThat(issues.get(orgId, id).status()).isEqualTo(IssueStatus.UNRESOLVED);
    assertThat(issues.activities(issues.get(orgId, id))).isEmpty();
    assertThat(events.of(IssueStatusChanged.class, id)).isEmpty();
    assertThat(recordingJob.runsOf(StatusChangeJobs.key(id, "resolved"))).isEmpty();
  }

  @Test
  void aBulkUpdateChangesEveryIssueAndRecordsEach() {
    TestOrg org = fixtures.organization();
    long orgId = organizationId(org);
    long first = fixtures.issue(org, "One").get("id").asLong();
    long second = fixtures.issue(org, "Two").get("id").asLong();

    List<Issue> updated =
        issues.update(
            orgId,
            List.of(first, second),
            new IssueUpdate(IssueStatus.RESOLVED, new IssueUpdate.Assignment(org.owner().email())),
            ChangeSource.user(Long.parseLong(org.owner().id())));

    assertThat(updated).extracting(Issue::status).containsOnly(IssueStatus.RESOLVED);
    assertThat(events.of(IssueAssigned.class, first)).hasSize(1);
    assertThat(events.of(IssueAssigned.class, second)).hasSize(1);
  }

  private long organizationId(TestOrg org) {
    return api.get("/api/0/organizations/" + org.slug() + "/", org.owner().token())
        .json()
        .get("id")
        .asLong();
  }
}
