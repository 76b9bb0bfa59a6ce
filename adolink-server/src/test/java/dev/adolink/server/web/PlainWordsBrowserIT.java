package dev.adolink.server.web;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.wit.Comment;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person reads when something is refused or done (issue 17): input checked when it is given,
 * refusals in sentences, the OAuth pages and the 404 page in the app's layout, Markdown comments,
 * comments from Azure DevOps kept as Azure DevOps', deletes and removals that ask first.
 */
@AdolinkIT
class PlainWordsBrowserIT extends BrowserTest {

  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;
  @Autowired SyncFixtures sync;
  @Autowired AdoEmulator emulator;

  @Test
  void anAlertRuleWithAFieldTheTypeDoesNotHaveIsRefusedOnSaveInASentence() {
    Installed installed = integrations.installed();
    String org = installed.org().slug();
    String project = installed.org().project();
    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);

    browser.open("/organizations/" + org + "/projects/" + project + "/alert-rules/");
    browser.type("#rule-form input[name=name]", "Errors to ADO");
    browser.type("#rule-form input[name=minEvents]", "many");
    browser.selectValue("#rule-form select[name=project]", "Web");
    browser.selectValue("#rule-form select[name=work_item_type]", "Bug");
    browser.submit("#rule-form button[type=submit]");
    assertThat(browser.text("[role=alert]"))
        .startsWith("Not saved: Number of events must be a whole number")
        .doesNotContain("conditions.")
        .doesNotContain("Invalid request");

    browser.type("#rule-form input[name=minEvents]", "");
    browser.type("#rule-form textarea[name=fields]", "Custom.NoSuchField = 1");
    browser.submit("#rule-form button[type=submit]");

    assertThat(browser.text("[role=alert]"))
        .isEqualTo(
            "Not saved: Custom.NoSuchField is not a field of Bug in Web; check the field's"
                + " reference name in Azure DevOps.");
    assertThat(browser.all("#rules")).isEmpty();
    String rules = "/api/0/projects/" + org + "/" + project + "/alert-rules/";
    assertThat(api.get(rules, installed.org().owner().token()).json()).isEmpty();

    browser.type("#rule-form textarea[name=fields]", "Microsoft.VSTS.Common.Priority = 1");
    browser.submit("#rule-form button[type=submit]");
    assertThat(browser.text("[role=status]")).isEqualTo("Alert rule Errors to ADO created.");

    browser.clickText("#rules", "Edit");
    assertThat(browser.text("#rule-form-title")).isEqualTo("Edit alert rule Errors to ADO");
    assertThat(browser.find("#rule-form textarea[name=fields]").getAttribute("value"))
        .isEqualTo("Microsoft.VSTS.Common.Priority = 1");
    assertThat(browser.find("#rule-form select[name=project]").getAttribute("value"))
        .isEqualTo("Web");
    browser.type("#rule-form input[name=name]", "Fatal errors to ADO");
    browser.selectValue("#rule-form select[name=minLevel]", "fatal");
    browser.type("#rule-form textarea[name=fields]", "Microsoft.VSTS.Common.Priority = 9");
    browser.submit("#rule-form button[type=submit]");
    assertThat(browser.text("[role=alert]"))
        .isEqualTo(
            "Not saved: Microsoft.VSTS.Common.Priority '9' is not allowed; choose one of 1, 2, 3,"
                + " 4.");
    browser.type("#rule-form textarea[name=fields]", "Microsoft.VSTS.Common.Priority = 2");
    browser.submit("#rule-form button[type=submit]");
    assertThat(browser.text("[role=status]")).isEqualTo("Alert rule Fatal errors to ADO saved.");
    var saved = api.get(rules, installed.org().owner().token()).json();
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).get("name").asString()).isEqualTo("Fatal errors to ADO");
    assertThat(saved.get(0).get("conditions").get("minLevel").asString()).isEqualTo("fatal");

    String question = browser.submitConfirming("#rules button.danger");
    assertThat(question).startsWith("Delete the alert rule Fatal errors to ADO?");
    assertThat(browser.text("[role=status]"))
        .isEqualTo("Alert rule Fatal errors to ADO deleted. Work items it created stay.");
    assertThat(api.get(rules, installed.org().owner().token()).json()).isEmpty();
  }

  @Test
  void aReleaseNamingACommitAzureDevOpsDoesNotKnowIsRefusedAtOnceAndADeleteAsksFirst() {
    Installed installed = integrations.installed();
    String org = "/organizations/" + installed.org().slug() + "/";
    String head =
        emulator
            .commit(
                installed.ado().name(),
                "Web",
                "Web",
                installed.ado().owner().email(),
                "main",
                "Start",
                add("/a.txt", "1"))
            .commitIds()
            .get(0);
    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);
    browser.open(org + "repos/");
    browser.select("#repo-form select[name=repository]", "Web/Web");
    browser.submit("#repo-form button[type=submit]");
    browser.type("#mapping-form input[name=stackRoot]", "app/");
    browser.type("#mapping-form input[name=sourceRoot]", "src/app/");
    browser.type("#mapping-form input[name=defaultBranch]", "main");
    browser.submit("#mapping-form button[type=submit]");
    assertThat(browser.text("#mapping-list")).contains("app/");
    assertThat(browser.submitConfirming("#mapping-list button.danger"))
        .isEqualTo("Remove the code mapping app/? Stack frames under it stop linking to Web/Web.");
    assertThat(browser.text("[role=status]"))
        .isEqualTo("Code mapping app/ → src/app/ removed: those frames no longer link to Web/Web.");
    assertThat(browser.all("#mapping-list")).isEmpty();
    assertThat(
            api.get(
                    "/api/0/organizations/" + installed.org().slug() + "/code-mappings/",
                    installed.org().owner().token())
                .json())
        .isEmpty();

    browser.open(org + "releases/");
    browser.type("#release-form input[name=version]", "2.0.0");
    browser.click("#release-form input[name=projects]");
    browser.select("#release-form select[name=repository]", "Web/Web");
    browser.type("#release-form input[name=commit]", "0123456789abcdef0123456789abcdef01234567");
    browser.submit("#release-form button[type=submit]");

    assertThat(browser.text("#release-form"))
        .contains("which Azure DevOps does not know in Web/Web: push it first");
    assertThat(browser.text("[role=alert]")).startsWith("Not saved: Commits names commit");
    assertThat(
            api.get(
                    "/api/0/organizations/" + installed.org().slug() + "/releases/2.0.0/",
                    installed.org().owner().token())
                .status())
        .isEqualTo(404);

    browser.type("#release-form input[name=commit]", head);
    browser.submit("#release-form button[type=submit]");
    assertThat(browser.text("h1")).isEqualTo("2.0.0");
    assertThat(browser.text("[role=status]")).isEqualTo("Release 2.0.0 created.");

    String question = browser.submitConfirming("#delete-release button[type=submit]");
    assertThat(question).startsWith("Delete release 2.0.0?");
    assertThat(browser.text("[role=status]")).startsWith("Release 2.0.0 deleted.");
    assertThat(
            api.get(
                    "/api/0/organizations/" + installed.org().slug() + "/releases/2.0.0/",
                    installed.org().owner().token())
                .status())
        .isEqualTo(404);

    browser.open(org + "repos/");
    assertThat(browser.submitConfirming("#repo-list button.danger"))
        .isEqualTo(
            "Remove the repository Web/Web? New releases and pushes stop reading it and its code"
                + " mappings are deleted; the commits of past releases stay.");
    assertThat(browser.text("[role=status]"))
        .isEqualTo(
            "Repository Web/Web removed: new releases and pushes no longer read it, its code"
                + " mappings are gone; the commits of past releases stay. Add it again to restore"
                + " it.");
    assertThat(browser.all("#repo-list")).isEmpty();
    assertThat(browser.text("#repo-form")).contains("Web/Web");
    assertThat(
            api.get(
                    "/api/0/organizations/" + installed.org().slug() + "/repos/",
                    installed.org().owner().token())
                .json())
        .isEmpty();
    browser.open(org + "releases/");
    assertThat(browser.all("#release-form select[name=repository] option"))
        .noneMatch(option -> option.getText().equals("Web/Web"));
  }

  @Test
  void theOAuthPagesHaveTheAppsLayout() {
    integrations.registerEntraApp();
    TestOrg org = tracker.organization();
    AdoOrg ado = integrations.adoOrganization();
    emulator.oauth().consentAs(ado.owner().email());
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);

    browser.open("/extensions/vsts/setup/?organization=" + org.slug());
    browser.awaitUrl("/extensions/vsts/setup/");
    assertThat(browser.text("h1")).isEqualTo("Connect Azure DevOps");
    assertStyled();
    browser.selectValue("#oauth-accounts select[name=account]", ado.id());
    browser.submit("#oauth-accounts button[type=submit]");

    assertThat(browser.text("h1")).isEqualTo("Azure DevOps connected");
    assertThat(browser.text("[role=status]")).contains(ado.name()).contains(org.slug());
    assertStyled();
    browser.clickText("#oauth-result", "Open the integration");
    assertThat(browser.url()).contains("/organizations/" + org.slug() + "/integrations/");

    browser.open("/extensions/vsts/setup/");
    assertThat(browser.text("h1"))
        .isEqualTo("Which organization should Azure DevOps be connected to?");
    assertStyled();
  }

  @Test
  void anUnknownPathInTheBrowserIsAPageAndForAnApiClientJson() {
    TestOrg org = tracker.organization();
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);

    browser.open("/no/such/page");

    assertThat(browser.text("h1")).isEqualTo("Page not found");
    assertThat(browser.text("[role=alert]")).startsWith("There is no page at this address.");
    assertStyled();
    TestApi.Response json = api.get("/api/0/no/such/thing/", org.owner().token());
    assertThat(json.status()).isEqualTo(404);
    assertThat(json.json().get("detail").asString()).contains("/api/0/no/such/thing");
  }

  @Test
  void commentsRenderMarkdownHereAndInAzureDevOpsAndAzureDevOpsCommentsStayItsOwn() {
    Scenario s = sync.install(Map.of("sync_comments", true));
    int bug = s.createWorkItem("Web", "Bug", "Crash");
    long issue = s.linkedIssue("Crash", bug);
    String project = s.workItem(bug).fields().teamProject().orElseThrow();
    s.developer()
        .workItems()
        .addComment(project, bug, "<div>Seen it too</div>", Comment.Format.HTML);
    sync.sync();
    browser.signIn(s.installed().org().owner().email(), TrackerFixtures.PASSWORD);
    String page = "/organizations/" + s.installed().org().slug() + "/issues/" + issue + "/";

    browser.open(page);
    browser.type(
        "#comment-form textarea[name=text]",
        "**Fixed** in `cart.py`, see [the PR](https://example.test/pr/1)\n<script>x()</script>");
    browser.submit("#comment-form button[type=submit]");
    sync.sync();
    browser.open(page);

    List<org.openqa.selenium.WebElement> comments = browser.all(".comment");
    assertThat(comments).hasSize(2);
    org.openqa.selenium.WebElement fromAdo = comments.get(0);
    org.openqa.selenium.WebElement ours = comments.get(1);
    assertThat(fromAdo.getText()).contains("from Azure DevOps").contains("Seen it too");
    assertThat(fromAdo.findElements(org.openqa.selenium.By.cssSelector("details")))
        .as("an Azure DevOps comment offers no edit or delete")
        .isEmpty();
    assertThat(ours.findElement(org.openqa.selenium.By.cssSelector(".text strong")).getText())
        .isEqualTo("Fixed");
    assertThat(ours.findElement(org.openqa.selenium.By.cssSelector(".text code")).getText())
        .isEqualTo("cart.py");
    assertThat(ours.findElement(org.openqa.selenium.By.cssSelector(".text a")).getAttribute("href"))
        .isEqualTo("https://example.test/pr/1");
    assertThat(ours.findElements(org.openqa.selenium.By.cssSelector(".text script"))).isEmpty();
    assertThat(ours.getText()).contains("<script>x()</script>");

    List<Comment> inAdo = s.owner().workItems().comments(project, bug).toList();
    assertThat(inAdo)
        .anySatisfy(
            c ->
                assertThat(c.text())
                    .contains("<strong>Fixed</strong>")
                    .contains("<code>cart.py</code>")
                    .contains("<a href=\"https://example.test/pr/1\">the PR</a>")
                    .doesNotContain("<script>"));
    browser.open("/organizations/" + s.installed().org().slug() + "/integrations/" + s.id() + "/");
    String shortId = s.issueJson(issue).get("shortId").asString();
    assertThat(browser.text("#sync-log-list"))
        .contains(shortId)
        .contains("Web#" + bug + " Crash")
        .contains("from Azure DevOps")
        .contains("to Azure DevOps")
        .contains("done")
        .doesNotContain("applied");

    long adoCommentId = s.comments(issue).get(0).get("id").asLong();
    TestApi.Response edit =
        api.put(
            s.installed().org().issuePath(String.valueOf(issue)) + "comments/" + adoCommentId + "/",
            s.installed().org().owner().token(),
            Map.of("text", "rewritten"));
    assertThat(edit.status()).isEqualTo(403);
    assertThat(edit.json().get("detail").asString()).contains("came from Azure DevOps");
  }

  /** The page has the app's header and its stylesheet applied (not the browser's defaults). */
  private void assertStyled() {
    assertThat(browser.text("header.top .brand")).isEqualTo("adolink");
    assertThat(browser.find("header.top").getCssValue("background-color"))
        .isEqualTo("rgba(22, 33, 58, 1)");
  }
}
