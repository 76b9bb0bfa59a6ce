package dev.adolink.server.web;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.git.PushSpec;
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

/**
 * Source code in the browser (headless Chromium): a repository added from Azure DevOps, a code
 * mapping linking stack frames to it, and a release showing its commits and their files.
 */
@AdolinkIT
class ScmBrowserIT extends BrowserTest {

  @Autowired IntegrationFixtures integrations;
  @Autowired DueJobs dueJobs;

  @Test
  void anOwnerAddsARepositoryMapsItsCodeAndSeesAReleasesCommitsAndFiles() {
    Installed installed = integrations.installed();
    String org = "/organizations/" + installed.org().slug() + "/";
    String first = push(installed, "Start", add("/src/app/models/user.py", "class User: pass"));
    push(installed, "Model users\n\nWith a name.", edit("/src/app/models/user.py", "class User:"));
    push(installed, "Add helpers", add("/src/app/util.py", "def f(): pass"));
    String head = push(installed, "Fix the user model", edit("/src/app/models/user.py", "x = 1"));
    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);

    browser.open(org + "repos/");
    browser.select("#repo-form select[name=repository]", "Web/Web");
    browser.submit("#repo-form button[type=submit]");
    assertThat(browser.page()).contains("Repository Web/Web added.");
    assertThat(browser.text("#repo-list")).contains("Web/Web");

    browser.type("#mapping-form input[name=stackRoot]", "app/");
    browser.type("#mapping-form input[name=sourceRoot]", "src/app/");
    browser.type("#mapping-form input[name=defaultBranch]", "");
    browser.submit("#mapping-form button[type=submit]");
    assertThat(browser.text("#mapping-form")).contains("must not be blank");
    browser.type("#mapping-form input[name=defaultBranch]", "main");
    browser.submit("#mapping-form button[type=submit]");
    assertThat(browser.text("#mapping-list")).contains("app/").contains("src/app/");

    browser.clickText("header nav", "Releases");
    browser.type("#release-form input[name=version]", "1.0/beta");
    browser.click("#release-form input[name=projects]");
    browser.select("#release-form select[name=repository]", "Web/Web");
    browser.type("#release-form input[name=commit]", head);
    browser.type("#release-form input[name=previousCommit]", first);
    browser.submit("#release-form button[type=submit]");
    assertThat(browser.text("#release-form")).contains("without slashes");
    assertThat(browser.find("#release-form input[name=commit]").getAttribute("value"))
        .isEqualTo(head);
    browser.type("#release-form input[name=version]", "1.0.0");
    browser.submit("#release-form button[type=submit]");
    assertThat(browser.text("h1")).isEqualTo("1.0.0");
    assertThat(browser.text("#fetch-status")).contains("pending");

    dueJobs.run();
    browser.reload();
    assertThat(browser.text("#fetch-status")).contains("done");
    assertThat(browser.all("#commit-list > li .subject"))
        .extracting(e -> e.getText())
        .containsExactlyInAnyOrder("Model users", "Add helpers", "Fix the user model");
    browser.all("#commit-list summary").forEach(summary -> summary.click());
    assertThat(browser.text("#commit-list"))
        .contains("/src/app/util.py")
        .contains("/src/app/models/user.py");
    browser.screenshot("release");

    String issue = issueWithFrame(installed);
    browser.open(org + "issues/" + issue + "/");
    assertThat(browser.find("pre.stack a.source").getAttribute("href"))
        .contains("path=%2Fsrc%2Fapp%2Fmodels%2Fuser.py")
        .contains("line=12");
  }

  private String push(Installed installed, String message, PushSpec.ChangeSpec change) {
    List<String> ids =
        integrations
            .emulator()
            .commit(
                installed.ado().name(),
                "Web",
                "Web",
                installed.ado().owner().email(),
                "main",
                message,
                change)
            .commitIds();
    return ids.get(ids.size() - 1);
  }

  private String issueWithFrame(Installed installed) {
    TestApi.Response created =
        api.post(
            "/api/0/projects/"
                + installed.org().slug()
                + "/"
                + installed.org().project()
                + "/issues/",
            installed.org().owner().token(),
            Map.of(
                "title",
                "Crash in the user model",
                "stacktrace",
                Map.of(
                    "frames",
                    List.of(
                        Map.of("filename", "app/models/user.py", "lineNo", 12, "inApp", true)))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }
}
