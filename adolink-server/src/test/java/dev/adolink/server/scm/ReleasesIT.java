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
