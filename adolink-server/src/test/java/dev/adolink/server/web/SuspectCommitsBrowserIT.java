package dev.adolink.server.web;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The issue page's code parts in the browser: the suspect commit of an issue, and a frame without a
 * link linked by pasting its file's Azure Repos address.
 */
@AdolinkIT
class SuspectCommitsBrowserIT extends BrowserTest {

  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;

  @Test
  void anOwnerSeesTheSuspectCommitAndLinksAFrameByPastingItsFilesAddress() {
    Installed installed = integrations.installed();
    String org = "/api/0/organizations/" + installed.org().slug() + "/";
    String token = installed.org().owner().token();
    String head =
        integrations
            .emulator()
            .commit(
                installed.ado().name(),
                "Web",
                "Web",
                installed.ado().owner().email(),
                "main",
                "Total the cart",
                add("/src/app/cart.py", "def total(): pass"))
            .commitIds()
            .get(0);
    integrations.awaitDeliveries();
    dueJobs.run();
    String repositoryId =
        integrations.emulator().repository(installed.ado().name(), "Web", "Web").id().toString();
    JsonNode repo =
        api.post(
                org + "repos/",
                token,
                Map.of(
                    "provider",
                    "integrations:vsts",
                    "installation",
                    String.valueOf(installed.id()),
                    "identifier",
                    repositoryId))
            .json();
    api.post(
        org + "releases/",
        token,
        Map.of(
            "version",
            "1.0",
            "projects",
            List.of("app"),
            "refs",
            List.of(Map.of("repository", "Web/Web", "commit", head))));
    TestApi.Response issue =
        api.post(
            "/api/0/projects/" + installed.org().slug() + "/app/issues/",
            token,
            Map.of(
                "title",
                "Cart total fails",
                "release",
                "1.0",
                "stacktrace",
                Map.of(
                    "frames",
                    List.of(Map.of("filename", "app/cart.py", "lineNo", 1, "inApp", true)))));
    dueJobs.run();
    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);

    browser.open(
        "/organizations/"
            + installed.org().slug()
            + "/issues/"
            + issue.json().get("id").asString()
            + "/");

    assertThat(browser.text("#suspect-commit-list"))
        .contains(head.substring(0, 8))
        .contains("Total the cart")
        .contains("/src/app/cart.py");
    assertThat(browser.find("#suspect-commit-list a").getAttribute("href"))
        .isEqualTo(repo.get("url").asString() + "/commit/" + head);
    assertThat(browser.all("#stack-trace + pre a.source")).isEmpty();

    browser.click("#link-code summary");
    browser.type(
        "#link-code input[name=url]",
        "https://dev.azure.com/contoso/Web/_git/Web?path=/src/app/cart.py");
    browser.submit("#link-code .paste-url button[type=submit]");
    assertThat(browser.text("#link-code")).contains("'contoso', which is not connected");

    String base =
        repo.get("url").asString().substring(0, repo.get("url").asString().indexOf("Web/_git/"));
    browser.type(
        "#link-code input[name=url]",
        base + "Web/_git/Web?path=%2Fsrc%2Fapp%2Fcart.py&version=GBmain");
    browser.submit("#link-code .paste-url button[type=submit]");
    assertThat(browser.text("#mapping-proposal"))
        .contains("app/")
        .contains("src/app/")
        .contains("main");
    browser.submit("#mapping-confirm button[type=submit]");

    assertThat(browser.find("#stack-trace + pre a.source").getAttribute("href"))
        .contains("path=%2Fsrc%2Fapp%2Fcart.py");
    browser.screenshot("suspect-commits");
  }
}
