package dev.adolink.server.scm;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.server.scm.ScmFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adolink.emulator.git.Commit;
import dev.adolink.emulator.git.GitRepo;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The real sentry-cli 3.8.0 against adolink, as a pipeline step runs it: {@code SENTRY_URL}, {@code
 * SENTRY_AUTH_TOKEN}, {@code SENTRY_ORG} and {@code SENTRY_PROJECT}, in a git checkout whose remote
 * names an emulator repository.
 */
@AdolinkIT
class SentryCliIT {

  private static final Path CHECKOUTS = Path.of("target/sentry-cli/checkouts");

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;
  @Autowired JdbcClient jdbc;
  @Autowired DueJobs dueJobs;

  Installed installed;
  SentryCli cli;

  @BeforeAll
  static void needsTheCli() {
    assumeTrue(SentryCli.available(), "sentry-cli needs Linux x64 and npm");
  }

  @BeforeEach
  void setUp() throws Exception {
    installed = integrations.installed();
    cli =
        SentryCli.configured(
            api.baseUrl(),
            installed.org().owner().token(),
            installed.org().slug(),
            installed.org().project());
  }

  Path anywhere() throws Exception {
    return GitCheckout.init(CHECKOUTS, "https://example.test/none.git").directory();
  }

  SentryCli.Result cli(Path directory, String... args) throws Exception {
    SentryCli.Result result = cli.run(directory, args);
    // sentry-cli reports a server error as "… (http status: 500)"; a bare "500" would also match a
    // timestamp such as 05:04:03.500 in a release listing.
    assertThat(result.output())
        .doesNotContainPattern("(?i)internal server error")
        .doesNotContainPattern("(?i)status:? 5\\d\\d");
    return result;
  }

  SentryCli.Result ok(Path directory, String... args) throws Exception {
    SentryCli.Result result = cli(directory, args);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result;
  }

  TestApi.Response release(String version) {
    return api.get(
        ScmFixtures.orgPath(installed) + "releases/" + version + "/",
        installed.org().owner().token());
  }

  JsonNode issue(String id) {
    return api.get(installed.org().issuePath(id), installed.org().owner().token()).json();
  }

  @Test
  void infoNamesTheUserTheTokenActsAs() throws Exception {
    SentryCli.Result info = ok(anywhere(), "info");

    assertThat(info.output())
        .contains(installed.org().owner().email())
        .contains("project:releases");
  }

  @Nested
  class Releases {

    @Test
    void aReleaseIsCreatedFinalizedListedShownAndDeleted() throws Exception {
      Path dir = anywhere();

      ok(dir, "releases", "new", "1.0.0+build 7", "--url", "https://ci.example/1");
      JsonNode created = release("1.0.0+build%207").json();
      assertThat(created.get("url").asString()).isEqualTo("https://ci.example/1");
      assertThat(created.get("dateReleased").isNull()).isTrue();
      assertThat(created.get("projects").get(0).get("slug").asString())
          .isEqualTo(installed.org().project());

      ok(dir, "releases", "finalize", "1.0.0+build 7", "--released", "1700000000");
      assertThat(release("1.0.0+build%207").json().get("dateReleased").asString())
          .isEqualTo("2023-11-14T22:13:20Z");

      assertThat(ok(dir, "releases", "list").output()).contains("1.0.0+build 7");
      assertThat(ok(dir, "releases", "info", "1.0.0+build 7").output()).contains("1.0.0+build 7");

      ok(dir, "releases", "delete", "1.0.0+build 7");
      assertThat(release("1.0.0+build%207").status()).isEqualTo(404);
      SentryCli.Result gone = cli(dir, "releases", "info", "1.0.0+build 7");
      assertThat(gone.exitCode()).isNotZero();
    }

    @Test
    void newWithFinalizeReleasesAtOnceAndAnExistingVersionIsKept() throws Exception {
      Path dir = anywhere();

      ok(dir, "releases", "new", "2.0.0", "--finalize");
      ok(dir, "releases", "new", "2.0.0");

      assertThat(release("2.0.0").json().get("dateReleased").isNull()).isFalse();
    }

    @Test
    void whatAdolinkDoesNotDoIsAClearErrorNotAServerError() throws Exception {
      Path dir = anywhere();
      ok(dir, "releases", "new", "3.0.0");

      SentryCli.Result archive = cli(dir, "releases", "archive", "3.0.0");

      assertThat(archive.exitCode()).isNotZero();
      assertThat(archive.output()).contains("adolink does not archive releases");
    }
  }

  @Nested
  class SetCommits {

    @Test
    void aCommitRangeIsFetchedFromAzureDevOpsAndResolvesTheIssuesItFixes() throws Exception {
      scm.addRepository(installed, WEB);
      JsonNode crash = tracker.issue(installed.org(), "Crash");
      String a = scm.commit(installed, WEB, "Start", add("/a.txt", "1"));
      String b =
          scm.commit(
              installed,
              WEB,
              "Handle nulls\n\nFixes " + crash.get("shortId").asString(),
              add("/b.txt", "2"));
      Path dir = anywhere();

      SentryCli.Result set =
          ok(dir, "releases", "set-commits", "4.0.0", "--commit", "web/web@" + a + ".." + b);
      scm.settle();

      assertThat(set.output()).contains(b.substring(0, 12));
      JsonNode release = release("4.0.0").json();
      assertThat(release.get("refs").get(0).get("repository").asString()).isEqualTo(WEB);
      assertThat(release.get("commitFetch").get("status").asString()).isEqualTo("done");
      assertThat(release.get("lastCommit").get("id").asString()).isEqualTo(b);
      assertThat(scm.releaseCommits(installed, "4.0.0"))
          .extracting(c -> c.get("id").asString())
          .containsExactly(b);
      assertThat(issue(crash.get("id").asString()).get("status").asString()).isEqualTo("resolved");
      assertThat(ok(dir, "releases", "info", "4.0.0", "--show-commits").output())
          .contains(b.substring(0, 12));
    }

    /**
     * Each form of an Azure Repos remote, beside the web URL Azure DevOps gives the repository in
     * that kind of organization ({@code -} for the emulator's own). sentry-cli compares them
     * itself; adolink lists the repository in the form that matches.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "{emulator}{org}/Web/_git/Web, -",
      "http://ci@{host}/{org}/Web/_git/Web.git, -",
      "https://dev.azure.com/{org}/Web/_git/Web, https://dev.azure.com/{org}/_git/Web",
      "https://{org}@dev.azure.com/{org}/Web/_git/Web, https://dev.azure.com/{org}/_git/Web",
      "git@ssh.dev.azure.com:v3/{org}/Web/Web, https://dev.azure.com/{org}/_git/Web",
      "https://{org}.visualstudio.com/Web/_git/Web, https://{org}.visualstudio.com/_git/Web",
      "https://tfs.example/tfs/Fabrikam/Web/_git/Web,"
          + " https://tfs.example/tfs/Fabrikam/Web/_git/Web",
      "ssh://tfs.example:22/tfs/Fabrikam/Web/_git/Web,"
          + " https://tfs.example/tfs/Fabrikam/Web/_git/Web",
    })
    void autoMatchesTheRemoteToTheRepositoryAddedFromAzureDevOps(String remote, String webUrl)
        throws Exception {
      JsonNode repo = scm.addRepository(installed, WEB);
      if (!webUrl.equals("-")) {
        // What ADO answers as the repository's webUrl in such an organization; the emulator
        // answers its own host, and adolink reads commits by the repository's id, not its URL.
        jdbc.sql("update scm_repositories set url = :url where id = :id")
            .param("url", expand(webUrl))
            .param("id", repo.get("id").asLong())
            .update();
      }
      JsonNode crash = tracker.issue(installed.org(), "Crash");
      scm.commit(installed, WEB, "Start", add("/a.txt", "1"));
      String head =
          scm.commit(
              installed,
              WEB,
              "Fix it\n\nFixes " + crash.get("shortId").asString(),
              add("/b.txt", "2"));
      GitCheckout checkout = GitCheckout.init(CHECKOUTS, expand(remote));
      checkout.mirror(ancestry(head));

      SentryCli.Result set = ok(checkout.directory(), "releases", "set-commits", "5.0.0", "--auto");
      scm.settle();

      assertThat(set.output()).doesNotContain("Proceeding to find commits from local git tree");
      JsonNode release = release("5.0.0").json();
      assertThat(release.get("refs").get(0).get("repository").asString()).isEqualTo(WEB);
      assertThat(release.get("refs").get(0).get("commit").asString()).isEqualTo(head);
      assertThat(release.get("commitFetch").get("status").asString()).isEqualTo("done");
      assertThat(issue(crash.get("id").asString()).get("status").asString()).isEqualTo("resolved");
    }

    @Test
    void localReadsTheCheckoutAndStoresItsCommitsWithTheirFiles() throws Exception {
      scm.addRepository(installed, WEB);
      JsonNode crash = tracker.issue(installed.org(), "Crash");
      GitCheckout checkout = GitCheckout.init(CHECKOUTS, "https://example.test/local.git");
      String first = checkout.commit("First", Map.of("src/app.txt", "1"));
      String second =
          checkout.commit(
              "Second\n\nFixes " + crash.get("shortId").asString(),
              Map.of("src/app.txt", "2", "docs/readme.md", "r"));

      ok(checkout.directory(), "releases", "set-commits", "6.0.0", "--local");

      List<JsonNode> commits = scm.releaseCommits(installed, "6.0.0");
      assertThat(commits).extracting(c -> c.get("id").asString()).containsExactly(second, first);
      assertThat(commits.get(0).get("author").get("email").asString()).isEqualTo("local@dev.test");
      assertThat(commits.get(0).get("files"))
          .extracting(f -> f.get("path").asString() + " " + f.get("type").asString())
          .containsExactlyInAnyOrder("/src/app.txt M", "/docs/readme.md A");
      assertThat(issue(crash.get("id").asString()).get("status").asString()).isEqualTo("resolved");

      String third = checkout.commit("Third", Map.of("src/app.txt", "3"));
      ok(checkout.directory(), "releases", "set-commits", "6.1.0", "--local");
      assertThat(scm.releaseCommits(installed, "6.1.0"))
          .as("from the previous release's last commit on")
          .extracting(c -> c.get("id").asString())
          .containsExactly(third);
    }

    @Test
    void localWithoutARepositoryToStoreThemInSaysWhatToDo() throws Exception {
      GitCheckout checkout = GitCheckout.init(CHECKOUTS, "https://example.test/local.git");
      checkout.commit("First", Map.of("a.txt", "1"));

      SentryCli.Result set =
          cli(checkout.directory(), "releases", "set-commits", "7.0.0", "--local");

      assertThat(set.exitCode()).isNotZero();
      assertThat(set.output()).contains("no repositories yet");
    }

    @Test
    void clearForgetsTheReleasesCommits() throws Exception {
      scm.addRepository(installed, WEB);
      String a = scm.commit(installed, WEB, "Start", add("/a.txt", "1"));
      String b = scm.commit(installed, WEB, "More", add("/b.txt", "2"));
      Path dir = anywhere();
      ok(dir, "releases", "set-commits", "8.0.0", "--commit", WEB + "@" + a + ".." + b);
      scm.settle();
      assertThat(scm.releaseCommits(installed, "8.0.0")).hasSize(1);

      ok(dir, "releases", "set-commits", "8.0.0", "--clear");

      assertThat(scm.releaseCommits(installed, "8.0.0")).isEmpty();
      assertThat(release("8.0.0").json().get("refs")).isEmpty();
    }

    String expand(String template) {
      String emulator = integrations.emulator().baseUrl();
      return template
          .replace("{emulator}", emulator)
          .replace("{host}", emulator.replaceFirst("^http://", "").replaceFirst("/$", ""))
          .replace("{org}", installed.ado().name());
    }

    List<Commit> ancestry(String head) {
      GitRepo repo = integrations.emulator().repository(installed.ado().name(), "Web", "Web");
      List<Commit> commits = new ArrayList<>();
      String id = head;
      while (id != null) {
        Commit commit = repo.commit(id).orElseThrow();
        commits.add(commit);
        id = commit.firstParent();
      }
      Collections.reverse(commits);
      return commits;
    }
  }

  @Nested
  class Deploys {

    @Test
    void aDeployIsRecordedWithItsTimesAndListed() throws Exception {
      Path dir = anywhere();
      ok(dir, "releases", "new", "9.0.0");

      ok(
          dir,
          "deploys",
          "new",
          "-r",
          "9.0.0",
          "-e",
          "staging",
          "-n",
          "Nightly",
          "--started",
          "1700000000",
          "--finished",
          "1700000300");
      ok(dir, "deploys", "new", "-r", "9.0.0", "-e", "production", "-t", "42");

      JsonNode deploys =
          api.get(
                  ScmFixtures.orgPath(installed) + "releases/9.0.0/deploys/",
                  installed.org().owner().token())
              .json();
      assertThat(deploys)
          .extracting(d -> d.get("environment").asString())
          .containsExactlyInAnyOrder("staging", "production");
      JsonNode staging =
          deploys
              .valueStream()
              .filter(d -> d.get("environment").asString().equals("staging"))
              .findFirst()
              .orElseThrow();
      assertThat(staging.get("name").asString()).isEqualTo("Nightly");
      assertThat(staging.get("dateStarted").asString()).isEqualTo("2023-11-14T22:13:20Z");
      assertThat(staging.get("dateFinished").asString()).isEqualTo("2023-11-14T22:18:20Z");
      assertThat(ok(dir, "deploys", "list", "-r", "9.0.0").output())
          .contains("staging")
          .contains("production")
          .contains("Nightly");
    }

    @Test
    void aDeployOfAnUnknownReleaseSaysSo() throws Exception {
      SentryCli.Result deploy =
          cli(anywhere(), "deploys", "new", "-r", "nope-1", "-e", "production");

      assertThat(deploy.exitCode()).isNotZero();
      assertThat(deploy.output()).containsIgnoringCase("release");
    }
  }

  @Nested
  class SendEvent {

    SentryCli withDsn() {
      String keys =
          "/api/0/projects/" + installed.org().slug() + "/" + installed.org().project() + "/keys/";
      TestApi.Response response = api.get(keys, installed.org().owner().token());
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      return cli.with("SENTRY_DSN", response.json().get(0).get("dsn").get("public").asString());
    }

    JsonNode issueTitled(String title) {
      JsonNode issues =
          api.get(installed.org().issuesPath() + "?query=", installed.org().owner().token()).json();
      return issues
          .valueStream()
          .filter(issue -> issue.get("title").asString().equals(title))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no issue titled '" + title + "' in " + issues));
    }

    JsonNode latestEvent(JsonNode issue) {
      TestApi.Response latest =
          api.get(
              installed.org().issuePath(issue.get("id").asString()) + "events/latest/",
              installed.org().owner().token());
      assertThat(latest.status()).as(latest.body()).isEqualTo(200);
      return latest.json();
    }

    @Test
    void aMessageSentWithTheProjectsDsnBecomesAnIssueWithItsReleaseTagsCountAndLog()
        throws Exception {
      SentryCli sender = withDsn();
      Path dir = anywhere();
      Path logfile = dir.resolve("build.log");
      Files.writeString(logfile, "restoring packages\nsmoke test: checkout returned 502\n");

      SentryCli.Result plain =
          sender.run(dir, "send-event", "-m", "Smoke test failed after deploy", "-r", "shop@4.2.0");
      assertThat(plain.exitCode()).as(plain.output()).isZero();
      SentryCli.Result tagged =
          sender.run(
              dir,
              "send-event",
              "-m",
              "Smoke test failed after deploy",
              "-l",
              "warning",
              "-r",
              "shop@4.2.0",
              "-E",
              "production",
              "-t",
              "stage:smoke",
              "-t",
              "region:eu",
              "--logfile",
              logfile.toAbsolutePath().toString());
      assertThat(tagged.exitCode()).as(tagged.output()).isZero();
      dueJobs.run();

      JsonNode issue = issueTitled("Smoke test failed after deploy");
      assertThat(issue.get("count").asString()).isEqualTo("2");
      assertThat(issue.get("firstRelease").asString()).isEqualTo("shop@4.2.0");
      assertThat(issue.get("project").get("slug").asString()).isEqualTo(installed.org().project());
      JsonNode latest = latestEvent(issue);
      assertThat(latest.get("message").asString()).isEqualTo("Smoke test failed after deploy");
      assertThat(latest.get("sdk").get("name").asString()).isEqualTo("sentry-cli");
      assertThat(latest.get("level").asString()).isEqualTo("warning");
      assertThat(latest.get("release").asString()).isEqualTo("shop@4.2.0");
      assertThat(latest.get("environment").asString()).isEqualTo("production");
      assertThat(latest.get("tags"))
          .extracting(tag -> tag.get("key").asString() + ":" + tag.get("value").asString())
          .contains("stage:smoke", "region:eu");
      assertThat(latest.get("breadcrumbs").get("values"))
          .extracting(crumb -> crumb.get("message").asString())
          .containsExactly("restoring packages", "smoke test: checkout returned 502");
      // send-event sends the whole environment as extra; the token it holds is not stored
      JsonNode environ = latest.get("extra").get("environ");
      assertThat(environ.get("SENTRY_ORG").asString()).isEqualTo(installed.org().slug());
      assertThat(environ.get("SENTRY_AUTH_TOKEN").asString()).isEqualTo("[Filtered]");
      assertThat(latest.toString()).doesNotContain(installed.org().owner().token());
    }
  }
}
