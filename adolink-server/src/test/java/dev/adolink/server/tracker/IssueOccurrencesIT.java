package dev.adolink.server.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An issue posted with the fingerprint of an unresolved issue counts on that issue. */
@AdolinkIT
class IssueOccurrencesIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures fixtures;
  @Autowired MutableClock clock;

  TestApi.Response post(TestOrg org, String title, String fingerprint) {
    return api.post(
        "/api/0/projects/" + org.slug() + "/" + org.project() + "/issues/",
        org.owner().token(),
        Map.of("title", title, "fingerprint", fingerprint));
  }

  @Test
  void theSameFingerprintCountsAnOccurrenceInsteadOfCreatingAnIssue() {
    TestOrg org = fixtures.organization();
    TestApi.Response first = post(org, "Boom", "checkout-npe");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("count").asString()).isEqualTo("1");
    clock.advance(Duration.ofMinutes(5));

    TestApi.Response again = post(org, "Boom again", "checkout-npe");

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    JsonNode issue = again.json();
    assertThat(issue.get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(issue.get("count").asString()).isEqualTo("2");
    assertThat(issue.get("title").asString()).isEqualTo("Boom");
    assertThat(issue.get("lastSeen").asString())
        .isNotEqualTo(first.json().get("lastSeen").asString());
    assertThat(api.get(org.issuesPath(), org.owner().token()).json()).hasSize(1);
  }

  @Test
  void aResolvedIssueOrAnotherFingerprintStartsANewIssue() {
    TestOrg org = fixtures.organization();
    String firstId = post(org, "Boom", "a").json().get("id").asString();
    api.put(org.issuePath(firstId), org.owner().token(), Map.of("status", "resolved"));

    TestApi.Response afterResolve = post(org, "Boom", "a");
    TestApi.Response other = post(org, "Bang", "b");

    assertThat(afterResolve.status()).isEqualTo(201);
    assertThat(afterResolve.json().get("id").asString()).isNotEqualTo(firstId);
    assertThat(other.status()).isEqualTo(201);
  }

  @Test
  void withoutAFingerprintEveryPostIsANewIssue() {
    TestOrg org = fixtures.organization();

    fixtures.issue(org, "Boom");
    JsonNode second = fixtures.issue(org, "Boom");

    assertThat(second.get("shortId").asString()).isEqualTo("APP-2");
    assertThat(second.get("count").asString()).isEqualTo("1");
  }
}
