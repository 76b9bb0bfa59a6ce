package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.git.PushSpec;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class RepositoriesIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired ScmFixtures scm;

  Installed installed;

  @BeforeEach
  void setUp() {
    installed = integrations.installed();
  }

  TestApi.Response add(Map<String, ?> body) {
    return api.post(
        ScmFixtures.orgPath(installed) + "repos/", installed.org().owner().token(), body);
  }

  Map<String, Object> body(Object installation, String identifier) {
    Map<String, Object> body = new HashMap<>();
    body.put("provider", "integrations:vsts");
    body.put("installation", installation);
    body.put("identifier", identifier);
    return body;
  }

  @Test
  void theInstallationOffersEveryRepositoryOfEveryProject() {
    integrations.emulator().createRepository(installed.ado().name(), "Mobile", "mobile-api");

    JsonNode answer = scm.get(installed, "integrations/" + installed.id() + "/repos/");

    assertThat(answer.get("searchable").asBoolean()).isFalse();
    assertThat(answer.get("repos").valueStream().map(r -> r.get("name").asString()))
        .containsExactly("Mobile/Mobile", "Mobile/mobile-api", "Web/Web");
    assertThat(answer.get("repos").get(2).get("identifier").asString())
        .isEqualTo(scm.repositoryId(installed, ScmFixtures.WEB));
  }

  @Nested
  class Adding {

    @Test
    void readsTheRepositoryFromAzureDevOpsAndStoresIt() {
      String id = scm.repositoryId(installed, ScmFixtures.WEB);

      TestApi.Response response = add(body(String.valueOf(installed.id()), id));

      assertThat(response.status()).as(response.body()).isEqualTo(201);
      JsonNode repo = response.json();
      assertThat(repo.get("name").asString()).isEqualTo("Web/Web");
      assertThat(repo.get("externalSlug").asString()).isEqualTo(id);
      // ADO leaves the project out of the web URL of a repository named like its project; it is
      // listed with it, the form of its clone URLs that sentry-cli's set-commits --auto matches
      assertThat(repo.get("url").asString()).isEqualTo(installed.ado().url() + "Web/_git/Web");
      assertThat(repo.get("provider").get("id").asString()).isEqualTo("integrations:vsts");
      assertThat(repo.get("integrationId").asString()).isEqualTo(String.valueOf(installed.id()));
      assertThat(scm.get(installed, "repos/").valueStream().map(r -> r.get("id").asString()))
          .containsExactly(repo.get("id").asString());
    }

    @Test
    void takesTheInstallationIdAsANumberToo() {
      TestApi.Response response =
          add(body(installed.id(), scm.repositoryId(installed, ScmFixtures.WEB)));

      assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void addingARepositoryTwiceAnswersTheOneAlreadyThere() {
      JsonNode first = scm.addRepository(installed, ScmFixtures.WEB);
      JsonNode second = scm.addRepository(installed, ScmFixtures.WEB);

      assertThat(second.get("id")).isEqualTo(first.get("id"));
      assertThat(scm.get(installed, "repos/")).hasSize(1);
    }
  }

  @Nested
  class Refusing {

    @Test
    void aRequestWithoutAnInstallation() {
      Map<String, Object> body = body(null, scm.repositoryId(installed, ScmFixtures.WEB));

      TestApi.Response response = add(body);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString())
          .isEqualTo("Azure DevOps requires an integration id.");
    }

    @Test
    void anInstallationOfAnotherOrganizationOrNone() {
      Installed other = integrations.installed();
      String id = scm.repositoryId(installed, ScmFixtures.WEB);

      assertThat(add(body(other.id(), id)).status()).isEqualTo(404);
      assertThat(add(body(987_654_321L, id)).status()).isEqualTo(404);
    }

    @Test
    void aRepositoryAzureDevOpsDoesNotKnow() {
      TestApi.Response response = add(body(installed.id(), UUID.randomUUID().toString()));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("identifier")).contains("Azure DevOps has no repository");
    }

    @Test
    void whileAzureDevOpsIsUnavailableWith503() {
      String id = scm.repositoryId(installed, ScmFixtures.WEB);
      integrations
          .emulator()
          .faults(
              new FaultSettings(
                  0, Optional.empty(), Optional.of(new FaultSettings.Outage(503, 20))));
      try {
        TestApi.Response response = add(body(installed.id(), id));

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.json().get("detail").asString())
            .startsWith("Azure DevOps did not answer");
      } finally {
        integrations.emulator().faults(FaultSettings.none());
      }
      assertThat(scm.get(installed, "repos/")).isEmpty();
    }

    @Test
    void anotherProvider() {
      Map<String, Object> body = body(installed.id(), scm.repositoryId(installed, ScmFixtures.WEB));
      body.put("provider", "github");

      assertThat(add(body).status()).isEqualTo(400);
    }

    @Test
    void aMember() {
      TestUser member = tracker.member(installed.org().slug(), "member");

      TestApi.Response response =
          api.post(
              ScmFixtures.orgPath(installed) + "repos/",
              member.token(),
              body(installed.id(), scm.repositoryId(installed, ScmFixtures.WEB)));

      assertThat(response.status()).isEqualTo(403);
      assertThat(api.get(ScmFixtures.orgPath(installed) + "repos/", member.token()).status())
          .isEqualTo(200);
    }
  }

  @Nested
  class Removing {

    String path(JsonNode repo) {
      return ScmFixtures.orgPath(installed) + "repos/" + repo.get("id").asString() + "/";
    }

    TestApi.Response remove(JsonNode repo) {
      return api.delete(path(repo), installed.org().owner().token());
    }

    TestApi.Response map(String stackRoot) {
      Map<String, Object> body = new HashMap<>();
      body.put("project", installed.org().project());
      body.put("repository", ScmFixtures.WEB);
      body.put("stackRoot", stackRoot);
      body.put("sourceRoot", "src/");
      body.put("defaultBranch", "main");
      return api.post(
          ScmFixtures.orgPath(installed) + "code-mappings/", installed.org().owner().token(), body);
    }

    @Test
    void hidesItFromTheListAndDeletesItsCodeMappings() {
      JsonNode repo = scm.addRepository(installed, ScmFixtures.WEB);
      assertThat(map("app/").status()).isEqualTo(201);

      TestApi.Response response = remove(repo);

      assertThat(response.status()).as(response.body()).isEqualTo(204);
      assertThat(scm.get(installed, "repos/")).isEmpty();
      assertThat(scm.get(installed, "code-mappings/")).isEmpty();
      assertThat(api.get(path(repo) + "commits/", installed.org().owner().token()).status())
          .isEqualTo(404);
      assertThat(map("app/").error("repository")).contains("has no repository Web/Web");
    }

    @Test
    void keepsThePastReleasesCommitsAndRefusesItInNewReleases() {
      JsonNode repo = scm.addRepository(installed, ScmFixtures.WEB);
      String first =
          scm.commit(installed, ScmFixtures.WEB, "First", PushSpec.ChangeSpec.add("/a.txt", "a"));
      String second =
          scm.commit(installed, ScmFixtures.WEB, "Second", PushSpec.ChangeSpec.add("/b.txt", "b"));
      scm.release(installed, "1.0", List.of(ScmFixtures.ref(ScmFixtures.WEB, second, first)));

      assertThat(remove(repo).status()).isEqualTo(204);

      assertThat(scm.releaseCommits(installed, "1.0"))
          .extracting(c -> c.get("id").asString())
          .containsExactly(second);
      assertThat(scm.releaseCommits(installed, "1.0").get(0).get("repository").asString())
          .isEqualTo(ScmFixtures.WEB);
      TestApi.Response refused =
          scm.createRelease(
              installed, "2.0", List.of(ScmFixtures.ref(ScmFixtures.WEB, second, null)));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.error("refs")).contains("Web/Web");
    }

    @Test
    void ignoresItsPushes() {
      JsonNode repo = scm.addRepository(installed, ScmFixtures.WEB);
      assertThat(remove(repo).status()).isEqualTo(204);
      String sha =
          scm.commit(
              installed, ScmFixtures.WEB, "While removed", PushSpec.ChangeSpec.add("/c.txt", "c"));
      long since = scm.lastRequest();

      scm.settle();

      assertThat(scm.requestsSince(since, "/commits/" + sha)).isEmpty();
      scm.addRepository(installed, ScmFixtures.WEB);
      assertThat(scm.get(installed, "repos/" + repo.get("id").asString() + "/commits/")).isEmpty();
    }

    @Test
    void addingItAgainRestoresTheSameRepository() {
      JsonNode repo = scm.addRepository(installed, ScmFixtures.WEB);
      assertThat(remove(repo).status()).isEqualTo(204);

      JsonNode again = scm.addRepository(installed, ScmFixtures.WEB);

      assertThat(again.get("id")).isEqualTo(repo.get("id"));
      assertThat(scm.get(installed, "repos/").valueStream().map(r -> r.get("id")))
          .containsExactly(repo.get("id"));
      assertThat(map("app/").status()).isEqualTo(201);
    }

    @Test
    void answers404ForAnUnknownOrRemovedRepositoryAnd403ForAMember() {
      JsonNode repo = scm.addRepository(installed, ScmFixtures.WEB);
      TestUser member = tracker.member(installed.org().slug(), "member");

      assertThat(api.delete(path(repo), member.token()).status()).isEqualTo(403);
      assertThat(remove(repo).status()).isEqualTo(204);
      assertThat(remove(repo).status()).isEqualTo(404);
      assertThat(
              api.delete(
                      ScmFixtures.orgPath(installed) + "repos/987654321/",
                      installed.org().owner().token())
                  .status())
          .isEqualTo(404);
      Installed other = integrations.installed();
      JsonNode elsewhere = scm.addRepository(other, ScmFixtures.WEB);
      assertThat(
              api.delete(
                      ScmFixtures.orgPath(installed)
                          + "repos/"
                          + elsewhere.get("id").asString()
                          + "/",
                      installed.org().owner().token())
                  .status())
          .isEqualTo(404);
    }
  }
}
