package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class ReleasesIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;

  TestOrg org;
  String releases;

  @BeforeEach
  void setUp() {
    org = tracker.organization();
    releases = "/api/0/organizations/" + org.slug() + "/releases/";
  }

  TestApi.Response create(String version, List<String> projects) {
    return api.post(
        releases, org.owner().token(), Map.of("version", version, "projects", projects));
  }

  @Test
  void aReleaseWithoutRefsHasNothingToFetch() {
    TestApi.Response response = create("1.0.0", List.of(org.project()));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode release = response.json();
    assertThat(release.get("version").asString()).isEqualTo("1.0.0");
    assertThat(release.get("projects").get(0).get("slug").asString()).isEqualTo(org.project());
    assertThat(release.get("commitFetch").get("status").asString()).isEqualTo("none");
    assertThat(release.get("commitCount").asInt()).isZero();
    assertThat(release.get("dateReleased").isNull()).isTrue();
    assertThat(api.get(releases, org.owner().token()).json().get(0).get("version").asString())
        .isEqualTo("1.0.0");
  }

  @Test
  void creatingAVersionAgainAnswersItWith208() {
    create("1.0.0", List.of(org.project()));

    TestApi.Response again = create("1.0.0", List.of(org.project()));

    assertThat(again.status()).isEqualTo(208);
    assertThat(api.get(releases, org.owner().token()).json()).hasSize(1);
  }

  @Test
  void refusesAnUnknownProjectAndABadVersion() {
    TestApi.Response unknown = create("1.0.0", List.of("nope"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error("projects")).contains("nope");

    assertThat(create("a/b", List.of(org.project())).status()).isEqualTo(400);
    assertThat(create("latest", List.of(org.project())).status()).isEqualTo(400);
    assertThat(api.get(releases + "9.9/", org.owner().token()).status()).isEqualTo(404);
  }

  @Test
  void listsArePagedWithSentrysLinkCursors() {
    for (String version : List.of("1.0", "1.1", "1.2")) {
      create(version, List.of(org.project()));
    }

    TestApi.Response first = api.get(releases + "?limit=2", org.owner().token());

    assertThat(first.json()).extracting(r -> r.get("version").asString()).hasSize(2);
    String link = first.header("Link").orElseThrow();
    assertThat(link)
        .contains("rel=\"previous\"; results=\"false\"")
        .contains("rel=\"next\"; results=\"true\"; cursor=\"0:2:0\"");
    TestApi.Response second = api.get(releases + "?limit=2&cursor=0:2:0", org.owner().token());
    assertThat(second.json()).hasSize(1);
    assertThat(second.header("Link").orElseThrow()).contains("rel=\"next\"; results=\"false\"");
    assertThat(api.get(releases + "?cursor=nonsense", org.owner().token()).status()).isEqualTo(400);
    assertThat(
            api.get(
                    "/api/0/projects/" + org.slug() + "/" + org.project() + "/releases/",
                    org.owner().token())
                .json())
        .hasSize(3);
  }

  @Test
  void aReleaseWithoutAPreviousOneWithCommitsHasNone() {
    create("1.0", List.of(org.project()));

    TestApi.Response previous =
        api.get(releases + "1.0/previous-with-commits/", org.owner().token());

    assertThat(previous.status()).isEqualTo(200);
    assertThat(previous.body()).isEqualTo("{}");
  }

  @Nested
  class Deploys {

    @Test
    void aDeployIsListedAndReleasesTheRelease() {
      create("2.0", List.of(org.project()));

      TestApi.Response deploy =
          api.post(
              releases + "2.0/deploys/",
              org.owner().token(),
              Map.of(
                  "environment",
                  "production",
                  "dateStarted",
                  "2025-03-01T10:00:00Z",
                  "dateFinished",
                  "2025-03-01T10:05:00Z"));

      assertThat(deploy.status()).as(deploy.body()).isEqualTo(201);
      assertThat(deploy.json().get("environment").asString()).isEqualTo("production");
      JsonNode release = api.get(releases + "2.0/", org.owner().token()).json();
      assertThat(release.get("deployCount").asInt()).isEqualTo(1);
      assertThat(release.get("lastDeploy").get("environment").asString()).isEqualTo("production");
      assertThat(release.get("dateReleased").asString()).isEqualTo("2025-03-01T10:05:00Z");
      assertThat(api.get(releases + "2.0/deploys/", org.owner().token()).json()).hasSize(1);
    }

    @Test
    void refusesABadEnvironmentAndAnUnknownRelease() {
      create("2.0", List.of(org.project()));

      assertThat(
              api.post(
                      releases + "2.0/deploys/",
                      org.owner().token(),
                      Map.of("environment", "prod east"))
                  .status())
          .isEqualTo(400);
      assertThat(
              api.post(
                      releases + "3.0/deploys/",
                      org.owner().token(),
                      Map.of("environment", "production"))
                  .status())
          .isEqualTo(404);
    }
  }
}
