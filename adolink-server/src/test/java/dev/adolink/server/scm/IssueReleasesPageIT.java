package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static dev.adolink.server.scm.ScmFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.Browser;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The issue page says which release an issue was first seen in and, once a release's commit fixed
 * it, which release that was and where it has been deployed since.
 */
@AdolinkIT
class IssueReleasesPageIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;
  @Autowired ScmFixtures scm;
  @Autowired Releases releases;
  @Autowired JdbcClient jdbc;

  Installed installed;
  Browser browser;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
    scm.addRepository(installed, WEB);
    browser = new Browser(api).signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);
  }

  JsonNode issueFirstSeenIn(String title, String release) {
    TestApi.Response created =
        api.post(
            "/api/0/projects/"
                + installed.org().slug()
                + "/"
                + installed.org().project()
                + "/issues/",
            installed.org().owner().token(),
            Map.of("title", title, "release", release));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  String page(JsonNode issue) {
    Browser.Page page =
        browser.get(
            "/organizations/"
                + installed.org().slug()
                + "/issues/"
                + issue.get("id").asString()
                + "/");
    assertThat(page.status()).isEqualTo(200);
    return page.body();
  }

  void deploy(String version, String environment, String finished) {
    TestApi.Response deploy =
        api.post(
            ScmFixtures.orgPath(installed) + "releases/" + version + "/deploys/",
            installed.org().owner().token(),
            Map.of("environment", environment, "dateFinished", finished));
    assertThat(deploy.status()).as(deploy.body()).isEqualTo(201);
  }

  long organizationId() {
    return jdbc.sql("select id from organizations where slug = :slug")
        .param("slug", installed.org().slug())
        .query(Long.class)
        .single();
  }

  @Test
  void anIssueShowsTheReleaseItWasFirstSeenInLinkedWhenAdolinkHasIt() {
    scm.release(installed, "3.0.0", List.of());
    JsonNode known = issueFirstSeenIn("Seen in a known release", "3.0.0");
    JsonNode unknown = issueFirstSeenIn("Seen in a release nobody created", "mobile@9.9");
    JsonNode none = tracker.issue(installed.org(), "No release at all");

    assertThat(page(known))
        .contains("id=\"first-release\"")
        .contains(
            "href=\"/organizations/" + installed.org().slug() + "/releases/3.0.0/\">3.0.0</a>")
        .doesNotContain("id=\"fixed-in\"");
    assertThat(page(unknown)).contains("release <strong>mobile@9.9</strong>");
    assertThat(page(none)).doesNotContain("id=\"first-release\"");
  }

  @Test
  void anIssueFixedByACommitShowsTheReleaseAndWhereItWasFirstDeployed() {
    JsonNode crash = issueFirstSeenIn("Crash on checkout", "2.0.0");
    String a = scm.commit(installed, WEB, "Start", add("/a.txt", "1"));
    String b =
        scm.commit(
            installed,
            WEB,
            "Handle nulls\n\nFixes " + crash.get("shortId").asString(),
            add("/b.txt", "2"));
    scm.settle();
    scm.release(installed, "2.1.0", List.of(ref(WEB, b, a)));

    String fixed = page(crash);
    assertThat(fixed)
        .contains(
            "id=\"fixed-in\">release <a class=\"release\" href=\"/organizations/"
                + installed.org().slug()
                + "/releases/2.1.0/\">2.1.0</a>, not deployed yet</dd>")
        .contains("release <strong>2.0.0</strong>");

    deploy("2.1.0", "staging", "2026-03-01T09:00:00Z");
    releases.deploy(
        organizationId(),
        "2.1.0",
        new NewDeploy(
            "production", null, null, null, Instant.parse("2026-03-01T10:00:00Z"), "failed", null));
    deploy("2.1.0", "production", "2026-03-02T08:30:00Z");
    deploy("2.1.0", "production", "2026-03-05T12:00:00Z");
    deploy("2.1.0", "staging", "2026-02-28T17:45:00Z");

    String deployed = page(crash);
    assertThat(deployed)
        .doesNotContain("not deployed yet")
        .contains(
            "<span class=\"deployed\" data-environment=\"staging\">deployed to <strong>staging</strong>"
                + " at 2026-02-28 17:45 UTC</span>, <span class=\"deployed\""
                + " data-environment=\"production\">deployed to <strong>production</strong>"
                + " at 2026-03-02 08:30 UTC</span></dd>");
  }
}
