package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.integration.Installations;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.IssueRef;
import dev.adolink.server.tracker.IssueService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class LinkedWorkItemsIT {

  @Autowired LinkedWorkItems links;
  @Autowired IssueService issueService;
  @Autowired Installations installations;
  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;
  @Autowired RecordedLinkEvents events;
  @Autowired TestApi api;

  Installed installed;
  long orgId;
  ChangeSource user;

  @BeforeEach
  void install() {
    installed = integrations.installed();
    orgId = installations.find(installed.id()).orElseThrow().organizationId();
    user = ChangeSource.user(Long.parseLong(installed.org().owner().id()));
  }

  IssueRef issue(String title) {
    long id = tracker.issue(installed.org(), title).get("id").asLong();
    return issueService.get(orgId, id).ref();
  }

  LinkedWorkItem workItem(int id) {
    return new LinkedWorkItem(
        installed.id(),
        id,
        "0f1e2d3c-0000-4000-8000-000000000001",
        "Bug",
        "Crash " + id,
        "<p>details</p>",
        "Web\\Payments#" + id,
        installed.ado().url() + "Web/_workitems/edit/" + id,
        null);
  }

  JsonNode issueJson(IssueRef issue) {
    return api.get(
            installed.org().issuePath(String.valueOf(issue.id())), installed.org().owner().token())
        .json();
  }

  @Nested
  class Linking {

    @Test
    void aLinkedWorkItemIsListedOnTheIssueAndInItsActivities() {
      IssueRef issue = issue("NPE");

      assertThat(links.link(issue, workItem(12), WorkItemLinked.Reason.LINKED, user)).isTrue();

      assertThat(links.linksOf(issue.id())).containsExactly(workItem(12));
      JsonNode external = issueJson(issue).get("externalIssues");
      assertThat(external).hasSize(1);
      assertThat(external.get(0).get("integrationId").asLong()).isEqualTo(installed.id());
      assertThat(external.get(0).get("key").asString()).isEqualTo("12");
      assertThat(external.get(0).get("title").asString()).isEqualTo("Crash 12");
      assertThat(external.get(0).get("displayName").asString()).isEqualTo("Web\\Payments#12");
      assertThat(external.get(0).get("url").asString()).endsWith("Web/_workitems/edit/12");
      JsonNode activities =
          api.get(
                  installed.org().issuePath(String.valueOf(issue.id())) + "activities/",
                  installed.org().owner().token())
              .json();
      assertThat(activities.get(activities.size() - 1).get("type").asString())
          .isEqualTo("link_issue");
      assertThat(activities.get(activities.size() - 1).get("data").get("key").asString())
          .isEqualTo("12");
      assertThat(events.forIssue(issue.id()))
          .containsExactly(
              new WorkItemLinked(issue, workItem(12), WorkItemLinked.Reason.LINKED, user));
    }

    @Test
    void linkingTheSameWorkItemTwiceKeepsOneLinkAndOneEvent() {
      IssueRef issue = issue("NPE");

      links.link(issue, workItem(13), WorkItemLinked.Reason.LINKED, user);
      assertThat(links.link(issue, workItem(13), WorkItemLinked.Reason.LINKED, user)).isFalse();

      assertThat(links.linksOf(issue.id())).hasSize(1);
      assertThat(events.forIssue(issue.id())).hasSize(1);
    }

    @Test
    void manyIssuesMayLinkOneWorkItemAndOneIssueSeveralWorkItems() {
      IssueRef first = issue("first");
      IssueRef second = issue("second");

      links.link(first, workItem(20), WorkItemLinked.Reason.CREATED, user);
      links.link(second, workItem(20), WorkItemLinked.Reason.LINKED, user);
      links.link(first, workItem(21), WorkItemLinked.Reason.LINKED, user);

      assertThat(links.issuesLinkedTo(installed.id(), 20)).containsExactly(first.id(), second.id());
      assertThat(links.linksOf(first.id()))
          .extracting(LinkedWorkItem::workItemId)
          .containsExactly(20, 21);
      assertThat(links.issuesLinkedTo(installed.id(), 99)).isEmpty();
    }

    @Test
    void unlinkingRemovesTheLinkAndSaysSo() {
      IssueRef issue = issue("NPE");
      links.link(issue, workItem(30), WorkItemLinked.Reason.LINKED, user);

      assertThat(links.unlink(issue, installed.id(), 30, user)).isTrue();
      assertThat(links.unlink(issue, installed.id(), 30, user)).isFalse();

      assertThat(links.linksOf(issue.id())).isEmpty();
      assertThat(issueJson(issue).get("externalIssues")).isEmpty();
      assertThat(events.forIssue(issue.id()))
          .last()
          .isEqualTo(
              new WorkItemUnlinked(issue, workItem(30), WorkItemUnlinked.Reason.UNLINKED, user));
    }
  }

  @Nested
  class DeletedInAzureDevOps {

    @Test
    void unlinkAllSuspendsEveryLinkAndRestoreBringsThemBack() {
      IssueRef first = issue("first");
      IssueRef second = issue("second");
      links.link(first, workItem(40), WorkItemLinked.Reason.LINKED, user);
      links.link(second, workItem(40), WorkItemLinked.Reason.LINKED, user);
      ChangeSource integration = ChangeSource.integration(installed.id());

      assertThat(links.unlinkAll(installed.id(), 40)).containsExactly(first.id(), second.id());

      assertThat(links.linksOf(first.id())).isEmpty();
      assertThat(links.issuesLinkedTo(installed.id(), 40)).isEmpty();
      assertThat(events.forIssue(first.id()))
          .last()
          .isEqualTo(
              new WorkItemUnlinked(
                  first, workItem(40), WorkItemUnlinked.Reason.DELETED, integration));

      assertThat(links.restore(installed.id(), 40)).containsExactly(first.id(), second.id());

      assertThat(links.linksOf(second.id())).containsExactly(workItem(40));
      assertThat(events.forIssue(second.id()))
          .last()
          .isEqualTo(
              new WorkItemLinked(
                  second, workItem(40), WorkItemLinked.Reason.RESTORED, integration));
    }

    @Test
    void aLinkRemovedWhileTheWorkItemWasDeletedStaysRemoved() {
      IssueRef first = issue("first");
      IssueRef second = issue("second");
      links.link(first, workItem(41), WorkItemLinked.Reason.LINKED, user);
      links.link(second, workItem(41), WorkItemLinked.Reason.LINKED, user);
      links.unlinkAll(installed.id(), 41);

      links.unlink(first, installed.id(), 41, user);

      assertThat(links.restore(installed.id(), 41)).containsExactly(second.id());
      assertThat(links.linksOf(first.id())).isEmpty();
    }

    @Test
    void unknownWorkItemsChangeNothing() {
      assertThat(links.unlinkAll(installed.id(), 4242)).isEmpty();
      assertThat(links.restore(installed.id(), 4242)).isEmpty();
    }
  }

  @Test
  void refreshKeepsTheStoredDetailsCurrent() {
    IssueRef issue = issue("NPE");
    links.link(issue, workItem(50), WorkItemLinked.Reason.LINKED, user);

    links.refresh(installed.id(), 50, "Renamed", null, "Web\\Checkout");

    LinkedWorkItem item = links.find(installed.id(), 50).orElseThrow();
    assertThat(item.title()).isEqualTo("Renamed");
    assertThat(item.description()).isNull();
    assertThat(item.displayName()).isEqualTo("Web\\Checkout#50");
    assertThat(List.of(item)).isEqualTo(links.linksOf(issue.id()));
  }
}
