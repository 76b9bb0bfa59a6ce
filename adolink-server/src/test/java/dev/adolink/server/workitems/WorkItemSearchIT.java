package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.OrganizationOptions;
import dev.adolink.emulator.control.Admin;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.AdoOrg;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class WorkItemSearchIT {

  @Autowired TestApi api;
  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;

  static String path(Installed installed) {
    return "/extensions/vsts/search/" + installed.org().slug() + "/" + installed.id() + "/";
  }

  TestApi.Response search(Installed installed, String query) {
    return api.get(path(installed) + query, installed.org().owner().token());
  }

  int create(Installed installed, String title) {
    return installed.ado().workItems().create("Web", "Bug", Map.of("System.Title", title));
  }

  /** An installation of an emulator organization without work item search (like an old server). */
  Installed withoutSearch() {
    String name = TrackerFixtures.unique("ado-nosearch");
    Admin.CreatedOrganization created =
        integrations
            .emulator()
            .createOrganization(
                name,
                List.of(
                    new Admin.UserSpec(name + "-owner@ado.test", "Ada Owner"),
                    new Admin.UserSpec(name + "-dev@ado.test", "Dev Eloper")),
                OrganizationOptions.cloud().withoutSearch());
    integrations.emulator().createProject(name, "Web", "Agile");
    List<AdoUser> users =
        created.users().stream()
            .map(u -> new AdoUser(u.email(), u.displayName(), u.pat()))
            .toList();
    AdoOrg ado =
        new AdoOrg(created.id().toString(), name, created.baseUrl(), users.get(0), users.get(1));
    return integrations.install(tracker.organization(), ado);
  }

  @Nested
  class WithWorkItemSearch {

    @Test
    void answersLabelsAndIdsFromTheSearchService() {
      Installed installed = integrations.installed();
      int id = create(installed, "Checkout crashes on pay");
      create(installed, "Login is slow");
      IssueInAdo issue = IssueInAdo.create(api, integrations, installed);
      long seq = issue.requestSeq();

      TestApi.Response response = search(installed, "?field=externalIssue&query=checkout");

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.json().valueStream().map(r -> r.get("label").asString()).toList())
          .containsExactly("(" + id + ") Checkout crashes on pay");
      assertThat(response.json().get(0).get("value").asString()).isEqualTo(String.valueOf(id));
      assertThat(issue.requestsSince(seq))
          .anyMatch(e -> e.path().contains("workitemsearchresults"));
    }

    @Test
    void anIdFindsThatWorkItemFirst() {
      Installed installed = integrations.installed();
      int id = create(installed, "Checkout crashes on pay");

      JsonNode results = search(installed, "?field=externalIssue&query=" + id).json();

      assertThat(results.get(0).get("value").asString()).isEqualTo(String.valueOf(id));
    }
  }

  @Nested
  class WithoutWorkItemSearch {

    @Test
    void fallsBackToWiqlOnTitlesAndIds() {
      Installed installed = withoutSearch();
      int checkout = create(installed, "Checkout crashes on pay");
      create(installed, "Login is slow");
      int third = create(installed, "It's the checkout's fault");
      IssueInAdo issue = IssueInAdo.create(api, integrations, installed);
      long seq = issue.requestSeq();

      JsonNode byTitle = search(installed, "?field=externalIssue&query=checkout").json();
      JsonNode byId = search(installed, "?field=externalIssue&query=" + checkout).json();
      JsonNode quoted = search(installed, "?field=externalIssue&query=it%27s").json();

      assertThat(byTitle.valueStream().map(r -> r.get("value").asString()).toList())
          .containsExactlyInAnyOrder(String.valueOf(checkout), String.valueOf(third));
      assertThat(byId.get(0).get("label").asString())
          .isEqualTo("(" + checkout + ") Checkout crashes on pay");
      assertThat(quoted.valueStream().map(r -> r.get("value").asString()).toList())
          .containsExactly(String.valueOf(third));
      assertThat(issue.requestsSince(seq)).anyMatch(e -> e.path().endsWith("/_apis/wit/wiql"));
      assertThat(issue.requestsSince(seq))
          .noneMatch(e -> e.path().contains("workitemsearchresults"));
    }
  }

  @Nested
  class Refused {

    @Test
    void missingFieldOrQueryIsA400AndAnotherFieldIsInvalid() {
      Installed installed = integrations.installed();

      TestApi.Response missing = search(installed, "");
      TestApi.Response blank = search(installed, "?field=externalIssue&query=%20");
      TestApi.Response other = search(installed, "?field=assignee&query=x");

      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.error("field")).isEqualTo("is required");
      assertThat(missing.error("query")).isEqualTo("is required");
      assertThat(blank.status()).isEqualTo(400);
      assertThat(blank.error("query")).isEqualTo("is required");
      assertThat(other.status()).isEqualTo(400);
      assertThat(other.json().get("detail").asString()).isEqualTo("Invalid field");
    }

    @Test
    void anotherOrganizationsInstallationIsA404() {
      Installed mine = integrations.installed();
      Installed theirs = integrations.installed();

      TestApi.Response response =
          api.get(
              "/extensions/vsts/search/"
                  + mine.org().slug()
                  + "/"
                  + theirs.id()
                  + "/?field=externalIssue&query=x",
              mine.org().owner().token());

      assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void needsAnAuthenticatedMember() {
      Installed installed = integrations.installed();
      TestUser stranger = tracker.member(tracker.organization().slug(), "member");

      TestApi.Response anonymous = api.get(path(installed) + "?field=externalIssue&query=x", null);
      TestApi.Response outsider =
          api.get(path(installed) + "?field=externalIssue&query=x", stranger.token());

      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(outsider.status()).isEqualTo(404);
    }
  }
}
