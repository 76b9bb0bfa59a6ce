package dev.adolink.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures.AdoUser;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import dev.adolink.server.sync.SyncFixtures.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The HTTP surface: user mappings, the sync log's filters, the bulk issue update. */
@AdolinkIT
class SyncApiIT {

  @Autowired SyncFixtures sync;
  @Autowired TestApi api;

  @Nested
  class UserMappings {

    @Test
    void aManagerMapsAMemberToAnAdoIdentityListsAndDeletesTheMapping() {
      Scenario s = sync.install(Map.of());
      AdoUser developer = s.installed().ado().developer();
      long user = s.member("mapped@adolink.test", "Mapped");

      TestApi.Response created =
          s.mapUser(
              "mapped@adolink.test",
              Map.of(
                  "displayName", developer.displayName(),
                  "uniqueName", developer.email(),
                  "id", "8a1b2c3d-0000-4000-8000-000000000001"));

      assertThat(created.status()).as(created.body()).isEqualTo(201);
      JsonNode mapping = created.json();
      assertThat(mapping.get("user").get("id").asString()).isEqualTo(String.valueOf(user));
      assertThat(mapping.get("adoIdentity").get("email").asString())
          .isEqualTo(developer.email().toLowerCase());
      assertThat(mapping.get("adoIdentity").get("id").asString())
          .isEqualTo("8a1b2c3d-0000-4000-8000-000000000001");
      String path = s.installed().path() + "user-mappings/";
      assertThat(s.get(path)).hasSize(1);

      TestApi.Response deleted =
          api.delete(
              path + mapping.get("id").asString() + "/", s.installed().org().owner().token());
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(s.get(path)).isEmpty();
    }

    @Test
    void mappingAgainReplacesTheUsersMappingAndAnIdentityBelongsToOneUser() {
      Scenario s = sync.install(Map.of());
      s.member("first@adolink.test", "First");
      s.member("second@adolink.test", "Second");
      AdoUser one = s.installed().ado().owner();
      AdoUser two = s.installed().ado().developer();
      s.mapUser("first@adolink.test", one.email());
      s.mapUser("first@adolink.test", two.email());

      TestApi.Response taken =
          s.mapUser("second@adolink.test", "Two <" + two.email().toUpperCase() + ">");

      assertThat(taken.status()).isEqualTo(409);
      assertThat(taken.error("adoIdentity")).contains("first@adolink.test");
      assertThat(SyncFixtures.values(s.get(s.installed().path() + "user-mappings/"), "id"))
          .hasSize(1);
    }

    @Test
    void theUserMustBeAMemberAndTheIdentityNeedsAnEmailOrAnId() {
      Scenario s = sync.install(Map.of());
      s.member("member@adolink.test", "Member");

      TestApi.Response stranger = s.mapUser("stranger@adolink.test", "x@ado.test");
      assertThat(stranger.status()).isEqualTo(400);
      assertThat(stranger.error("user")).isEqualTo("must be the email or id of a member");
      TestApi.Response nameOnly = s.mapUser("member@adolink.test", "Just A Name");
      assertThat(nameOnly.status()).isEqualTo(400);
      assertThat(nameOnly.error("adoIdentity"))
          .isEqualTo(
              "must be \"Name <email>\", an email, or an identity object with uniqueName or id");
    }

    @Test
    void anIdentityAzureDevOpsDoesNotHaveIsRefusedWhenMapped() {
      Scenario s = sync.install(Map.of());
      s.member("member@adolink.test", "Member");

      TestApi.Response refused = s.mapUser("member@adolink.test", "Nobody <nobody@ado.test>");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.error("adoIdentity"))
          .isEqualTo(
              "nobody@ado.test is not a user of the Azure DevOps organization "
                  + s.installed().ado().name()
                  + ": check the address, or add the user there first");
      assertThat(s.get(s.installed().path() + "user-mappings/")).isEmpty();
    }

    @Test
    void membersCannotManageMappings() {
      Scenario s = sync.install(Map.of());
      TestUser member = sync.tracker().member(s.installed().org().slug(), "member");

      TestApi.Response response =
          api.post(
              s.installed().path() + "user-mappings/",
              member.token(),
              Map.of("user", member.email(), "adoIdentity", "x@ado.test"));

      assertThat(response.status()).isEqualTo(403);
    }
  }

  @Nested
  class SyncLog {

    @Test
    void filtersByIssueShortIdAndDirectionAndRefusesWhatItDoesNotKnow() {
      Scenario s = sync.install(Map.of("sync_comments", true));
      int bug = s.createWorkItem("Web", "Bug", "Crash");
      long issue = s.linkedIssue("Crash", bug);
      api.post(
          s.installed().org().issuePath(String.valueOf(issue)) + "comments/",
          s.installed().org().owner().token(),
          Map.of("text", "hello"));
      sync.sync();
      String shortId = s.issueJson(issue).get("shortId").asString();
      String log = s.installed().path() + "sync-log/";

      assertThat(s.get(log + "?issue=" + shortId)).hasSize(1);
      assertThat(s.get(log + "?direction=outbound&limit=1")).hasSize(1);
      assertThat(s.get(log + "?direction=inbound")).isEmpty();
      String token = s.installed().org().owner().token();
      TestApi.Response sideways = api.get(log + "?direction=sideways", token);
      assertThat(sideways.status()).isEqualTo(400);
      assertThat(sideways.error("direction")).isEqualTo("must be inbound or outbound");
      TestApi.Response unknown = api.get(log + "?issue=NOPE-1", token);
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.error("issue"))
          .isEqualTo("no issue NOPE-1 in " + s.installed().org().slug());
    }
  }

  @Nested
  class BulkUpdate {

    @Test
    void unknownIdsAreNamedAndNothingChanges() {
      Scenario s = sync.install(Map.of());
      long issue = s.issue("Crash");

      TestApi.Response response =
          s.updateIssues(List.of(issue, 999_999_998L, 999_999_999L), Map.of("status", "resolved"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("id")).contains("999999998").contains("999999999");
      assertThat(s.issueJson(issue).get("status").asString()).isEqualTo("unresolved");
    }

    @Test
    void idsMustBeGivenAndBeNumbers() {
      Scenario s = sync.install(Map.of());
      String path = "/api/0/organizations/" + s.installed().org().slug() + "/issues/";
      String token = s.installed().org().owner().token();

      TestApi.Response none = api.put(path, token, Map.of("status", "resolved"));
      assertThat(none.status()).isEqualTo(400);
      assertThat(none.error("id")).isEqualTo("name the issues to change: ?id=1&id=2");
      assertThat(api.put(path + "?id=APP-1", token, Map.of("status", "resolved")).error("id"))
          .contains("APP-1");
    }

    @Test
    void aThousandIdsWithAnotherQueryParameterAreAccepted() {
      Scenario s = sync.install(Map.of());
      long one = s.issue("One");
      long two = s.issue("Two");
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        ids.add(i % 2 == 0 ? one : two);
      }

      TestApi.Response response =
          api.put(bulkPath(s, ids) + "&project=-1", token(s), Map.of("status", "resolved"));

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(s.issueJson(two).get("status").asString()).isEqualTo("resolved");
    }

    @Test
    void moreThanAThousandIdsAre400NamingTheLimit() {
      Scenario s = sync.install(Map.of());
      long issue = s.issue("Crash");

      TestApi.Response response = resolveAsIds(s, Collections.nCopies(1001, issue));

      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error("id")).isEqualTo("at most 1000 issues per request");
      assertThat(s.issueJson(issue).get("status").asString()).isEqualTo("unresolved");
    }

    @Test
    void moreParametersThanTheServerReadsAre400NotA500() {
      Scenario s = sync.install(Map.of());
      long issue = s.issue("Crash");

      TestApi.Response response = resolveAsIds(s, Collections.nCopies(2001, issue));

      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.json().get("detail").asString())
          .isEqualTo("Too many request parameters: at most 2000 per request, this one has 2001");
    }

    private TestApi.Response resolveAsIds(Scenario s, List<Long> ids) {
      return api.put(bulkPath(s, ids), token(s), Map.of("status", "resolved"));
    }

    private String bulkPath(Scenario s, List<Long> ids) {
      return "/api/0/organizations/"
          + s.installed().org().slug()
          + "/issues/?"
          + String.join("&", ids.stream().map(id -> "id=" + id).toList());
    }

    private String token(Scenario s) {
      return s.installed().org().owner().token();
    }

    @Test
    void everyIssueChangesAndTheAppliedChangeIsAnswered() {
      Scenario s = sync.install(Map.of());
      List<Long> issues = List.of(s.issue("One"), s.issue("Two"));

      TestApi.Response response = s.updateIssues(issues, Map.of("status", "ignored"));

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      assertThat(response.json().get("status").asString()).isEqualTo("ignored");
      assertThat(issues)
          .allSatisfy(
              id -> assertThat(s.issueJson(id).get("status").asString()).isEqualTo("ignored"));
    }
  }
}
