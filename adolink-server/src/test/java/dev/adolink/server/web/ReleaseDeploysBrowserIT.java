package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A release's deploys in the browser: per environment, with their result and run. */
@AdolinkIT
class ReleaseDeploysBrowserIT extends BrowserTest {

  @Autowired TrackerFixtures tracker;

  @Test
  void theReleasePageListsDeploysPerEnvironmentWithALinkToTheRun() {
    TestOrg org = tracker.organization();
    String releases = "/api/0/organizations/" + org.slug() + "/releases/";
    api.post(
        releases,
        org.owner().token(),
        Map.of("version", "3.1.0", "projects", List.of(org.project())));
    deploy(releases, org, "staging", "web-ci 20250101.1", "https://ci.example/run/1");
    deploy(releases, org, "staging", "web-ci 20250102.1", "javascript:alert(1)");
    browser.signIn(org.owner().email(), TrackerFixtures.PASSWORD);

    browser.open("/organizations/" + org.slug() + "/releases/3.1.0/");
    browser.type("#deploy-form input[name=environment]", "production");
    browser.submit("#deploy-form button[type=submit]");

    assertThat(browser.all("#deploy-list tbody"))
        .extracting(t -> t.getAttribute("data-environment"))
        .containsExactly("production", "staging");
    assertThat(browser.all("#deploy-list tbody[data-environment=staging] tr")).hasSize(2);
    assertThat(browser.all("#deploy-list a.run-link"))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.getAttribute("href")).isEqualTo("https://ci.example/run/1");
              assertThat(link.getText()).isEqualTo("web-ci 20250101.1");
            });
    assertThat(browser.text("#deploy-list")).contains("web-ci 20250102.1").contains("succeeded");
  }

  private void deploy(String releases, TestOrg org, String environment, String name, String url) {
    assertThat(
            api.post(
                    releases + "3.1.0/deploys/",
                    org.owner().token(),
                    Map.of("environment", environment, "name", name, "url", url))
                .status())
        .isEqualTo(201);
  }
}
