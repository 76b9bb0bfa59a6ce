package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.Comment;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Work on an issue in the browser (headless Chromium) against the emulator. */
@AdolinkIT
class IssueBrowserIT extends BrowserTest {

  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired SyncFixtures sync;
  @Autowired MutableClock clock;

  @Test
  void aMemberCreatesAWorkItemThroughTheFormAndResolvesTheIssue() {
    Installed installed = integrations.installed();
    TestOrg org = installed.org();
    JsonNode issue = issue(org);
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    browser.open("/organizations/" + org.slug() + "/issues/?query=Checkout");
    browser.clickText("#issue-list", "NullPointerException in Checkout");
    assertThat(browser.text("#short-id")).isEqualTo(issue.get("shortId").asString());
    assertThat(browser.page()).contains("Cart.total").contains("CheckoutService.java:42");

    browser.clickText("#work-items ~ .actions", "Create work item");
    // the form's choices come from ADO: on a loaded machine the page may not have waited for them
    browser.reloadUntil("#create-form", "Title");
    browser.select("#field-project", "Web");
    browser.awaitUrl("project=");
    browser.reloadUntil("#create-form", "Title");
    assertThat(browser.text("#field-work_item_type option:checked")).isEqualTo("Bug");
    assertThat(browser.find("#field-title").getAttribute("value"))
        .isEqualTo("NullPointerException in Checkout");
    browser.type("#field-title", "");
    browser.submit("#create-form button[type=submit]");
    assertThat(browser.text("#create-form")).contains("is required");
    browser.type("#field-title", "NPE in Checkout");
    browser.type("#field-tags", "adolink, checkout");
    browser.screenshot("issue-create-form");
    browser.submit("#create-form button[type=submit]");
    browser.reloadUntil("#linked-work-items", "NPE in Checkout");

    String key = browser.find("#linked-work-items li").getAttribute("data-key");
    assertThat(browser.text("#linked-work-items"))
        .contains("Web#" + key)
        .contains("NPE in Checkout");
    Map<String, String> fields = installed.ado().workItems().fields(Integer.parseInt(key));
    assertThat(fields).containsEntry("System.Title", "NPE in Checkout");
    assertThat(fields.get("System.Tags")).contains("checkout");

    browser.clickText("#status-form", "Resolve");
    assertThat(browser.text("#status")).isEqualTo("resolved");
    assertThat(browser.text("#activity ~ ol"))
        .contains("Created work item Web#" + key)
        .contains("Resolved");
    browser.screenshot("issue");
    JsonNode after = api.get(org.issuePath(issue.get("id").asString()), org.owner().token()).json();
    assertThat(after.get("status").asString()).isEqualTo("resolved");
  }

  @Test
  void aMemberLinksAWorkItemByIdUnlinksItAndComments() {
    Installed installed = integrations.installed();
    TestOrg org = installed.org();
    JsonNode issue = issue(org);
    int existing =
        installed.ado().workItems().create("Web", "Bug", Map.of("System.Title", "Checkout crash"));
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    browser.open(org.issuePath(issue.get("id").asString()).replace("/api/0", ""));
    browser.clickText("#work-items ~ .actions", "Link work item");

    browser.type("#search-form input[name=query]", "Checkout crash");
    browser.submit("#search-form button[type=submit]");
    browser.reloadUntil("#search-results", "Checkout crash");
    assertThat(browser.text("#search-results")).contains("(" + existing + ") Checkout crash");

    browser.type("#link-form input[name=externalIssue]", "987654");
    browser.submit("#link-form button[type=submit]");
    // refused next to the form, or, when ADO was slow to answer, beside the work items
    browser.reloadUntil("#link-form, .pending-action", "987654");
    browser.clickText("#work-items ~ .actions", "Link work item");
    browser.type("#link-form input[name=externalIssue]", String.valueOf(existing));
    browser.submit("#link-form button[type=submit]");
    browser.reloadUntil("#linked-work-items", "Checkout crash");

    browser.clickText("#linked-work-items", "Unlink");
    assertThat(browser.all("#linked-work-items li")).isEmpty();
    assertThat(browser.text("#activity ~ ol"))
        .contains("Linked work item Web#" + existing)
        .contains("Unlinked work item Web#" + existing);

    browser.type("#comment-form textarea", "Seen again after the deploy");
    browser.submit("#comment-form button[type=submit]");
    assertThat(browser.text("#comments ~ .comment")).contains("Seen again after the deploy");
    clock.advance(Duration.ofMinutes(5));
    browser.click("#comments ~ .comment summary");
    browser.type("#comments ~ .comment textarea", "Seen twice after the deploy");
    browser.clickText("#comments ~ .comment", "Save");
    assertThat(browser.text("#comments ~ .comment")).contains("Seen twice").contains("(edited)");
    List<JsonNode> comments =
        api.get(org.issuePath(issue.get("id").asString()) + "comments/", org.owner().token())
            .json()
            .valueStream()
            .toList();
    assertThat(comments)
        .extracting(c -> c.get("text").asString())
        .containsExactly("Seen twice after the deploy");
  }

  @Test
  void aStateChangeAndACommentMadeInAzureDevOpsShowOnTheIssueAndInTheSyncLog() {
    Scenario s = sync.install(Map.of("sync_status_reverse", true, "sync_comments", true));
    TestOrg org = s.installed().org();
    int bug = s.createWorkItem("Web", "Bug", "Checkout crash");
    long issue = s.linkedIssue("Checkout crash", bug);
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);
    browser.open("/organizations/" + org.slug() + "/issues/" + issue + "/");
    assertThat(browser.text("#status")).isEqualTo("unresolved");
    assertThat(browser.text("#linked-work-items")).contains("Web#" + bug);

    s.developer().workItems().update(bug, WorkItemPatch.builder().state("Resolved").build());
    s.developer()
        .workItems()
        .addComment("Web", bug, "Fixed in the next build", Comment.Format.MARKDOWN);
    sync.sync();

    browser.reload();
    assertThat(browser.text("#status")).isEqualTo("resolved");
    assertThat(browser.text("#comments ~ .comment"))
        .contains("Fixed in the next build")
        .contains("from Azure DevOps");
    browser.screenshot("issue-synced");

    browser.open("/organizations/" + org.slug() + "/integrations/" + s.id() + "/");
    assertThat(browser.text("#sync-log-list"))
        .contains("from Azure DevOps")
        .contains("status")
        .contains("resolved")
        .contains("comment")
        .contains("done");
    assertThat(browser.text("#delivery-list")).contains("workitem.updated").contains("processed");
    browser.select("#delivery-status", "rejected");
    browser.submit("#delivery-filter button[type=submit]");
    assertThat(browser.page()).contains("Nothing received yet.");
  }

  private JsonNode issue(TestOrg org) {
    TestApi.Response created =
        api.post(
            "/api/0/projects/" + org.slug() + "/" + org.project() + "/issues/",
            org.owner().token(),
            Map.of(
                "title", "NullPointerException in Checkout",
                "culprit", "Cart.total",
                "message", "java.lang.NullPointerException: cart is null",
                "stacktrace",
                    Map.of(
                        "frames",
                        List.of(
                            Map.of(
                                "filename",
                                "CheckoutService.java",
                                "lineNo",
                                42,
                                "function",
                                "total",
                                "inApp",
                                true)))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }
}
