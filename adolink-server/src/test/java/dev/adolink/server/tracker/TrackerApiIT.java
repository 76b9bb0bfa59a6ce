package dev.adolink.server.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class TrackerApiIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures fixtures;

  @Nested
  class Organizations {

    @Test
    void creatorBecomesOwnerAndSeesTheOrganization() {
      TestOrg org = fixtures.organization();
      TestUser manager = fixtures.member(org.slug(), "manager");
      var created =
          api.post(
              "/api/0/organizations/",
              manager.token(),
              Map.of("slug", TrackerFixtures.unique("own"), "name", "Own"));
      assertThat(created.status()).isEqualTo(201);
      String slug = created.json().get("slug").asString();

      List<String> visible =
          api.get("/api/0/organizations/", manager.token())
              .json()
              .valueStream()
              .map(o -> o.get("slug").asString())
              .toList();
      assertThat(visible).contains(slug, org.slug());
      var members = api.get("/api/0/organizations/" + slug + "/members/", manager.token()).json();
      assertThat(members.get(0).get("role").asString()).isEqualTo("owner");
    }

    @Test
    void aTakenSlugIsAConflict() {
      TestOrg org = fixtures.organization();
      var again =
          api.post(
              "/api/0/organizations/",
              TestApi.ADMIN_TOKEN,
              Map.of("slug", org.slug(), "name", "Again"));
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.error("slug")).isEqualTo("is already taken");
    }

    @Test
    void aSlugMustBeLowerCaseLettersDigitsAndDashes() {
      var bad =
          api.post(
              "/api/0/organizations/", TestApi.ADMIN_TOKEN, Map.of("slug", "Not OK", "name", "x"));
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.error("slug")).startsWith("must be 1-50 lower-case letters");
    }
  }

  @Nested
  class Members {

    @Test
    void addingAnExistingUserToAnotherOrganizationKeepsTheirPassword() {
      TestOrg first = fixtures.organization();
      TestOrg second = fixtures.organization();
      var added =
          api.post(
              "/api/0/organizations/" + second.slug() + "/members/",
              second.owner().token(),
              Map.of(
                  "email", first.owner().email(), "role", "member", "password", "other-password"));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      assertThat(added.json().get("user").get("id").asString()).isEqualTo(first.owner().id());

      var login =
          api.send(
              "POST",
              "/api/0/api-tokens/",
              TestApi.basic(first.owner().email(), TrackerFixtures.PASSWORD),
              null);
      assertThat(login.status()).isEqualTo(201);
    }

    @Test
    void anUnknownRoleIsRejectedNamingTheField() {
      TestOrg org = fixtures.organization();
      var response =
          api.post(
              "/api/0/organizations/" + org.slug() + "/members/",
              org.owner().token(),
              Map.of("email", "x@adolink.test", "role", "admin"));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("role")).isEqualTo("must be one of member, manager, owner");
    }

    @Test
    void addingTheSameMemberTwiceIsAConflict() {
      TestOrg org = fixtures.organization();
      var again =
          api.post(
              "/api/0/organizations/" + org.slug() + "/members/",
              org.owner().token(),
              Map.of("email", org.owner().email(), "role", "member"));
      assertThat(again.status()).isEqualTo(409);
    }
  }

  @Nested
  class Issues {

    @Test
    void createdIssuesGetShortIdsNumberedPerProject() {
      TestOrg org = fixtures.organization();
      JsonNode first = fixtures.issue(org, "First");
      JsonNode second = fixtures.issue(org, "Second");
      assertThat(first.get("shortId").asString()).isEqualTo("APP-1");
      assertThat(second.get("shortId").asString()).isEqualTo("APP-2");
      assertThat(first.get("status").asString()).isEqualTo("unresolved");
      assertThat(first.get("level").asString()).isEqualTo("error");
      assertThat(first.get("externalIssues").isEmpty()).isTrue();
    }

    @Test
    void anIssueKeepsItsStackFramesAndIsFoundByShortId() {
      TestOrg org = fixtures.organization();
      Map<String, Object> frame = new HashMap<>();
      frame.put("filename", "src/Foo.java");
      frame.put("lineNo", 42);
      frame.put("function", "bar");
      frame.put("inApp", true);
      var created =
          api.post(
              "/api/0/projects/" + org.slug() + "/app/issues/",
              org.owner().token(),
              Map.of(
                  "title", "NPE",
                  "culprit", "Foo.bar",
                  "level", "warning",
                  "message", "boom",
                  "stacktrace", Map.of("frames", List.of(frame)),
                  "unknownField", "ignored"));
      assertThat(created.status()).as(created.body()).isEqualTo(201);

      JsonNode issue = api.get(org.issuePath("APP-1"), org.owner().token()).json();
      assertThat(issue.get("id").asString()).isEqualTo(created.json().get("id").asString());
      assertThat(issue.get("level").asString()).isEqualTo("warning");
      JsonNode stored = issue.get("stacktrace").get("frames").get(0);
      assertThat(stored.get("filename").asString()).isEqualTo("src/Foo.java");
      assertThat(stored.get("lineNo").asInt()).isEqualTo(42);
    }

    @Test
    void listsFilterByStatusQueryAndProject() {
      TestOrg org = fixtures.organization();
      String resolved = fixtures.issue(org, "Database timeout").get("id").asString();
      fixtures.issue(org, "Null pointer");
      api.put(org.issuePath(resolved), org.owner().token(), Map.of("status", "resolved"));

      assertThat(titles(org, "?status=resolved")).containsExactly("Database timeout");
      assertThat(titles(org, "?query=is:unresolved")).containsExactly("Null pointer");
      assertThat(titles(org, "?query=POINTER")).containsExactly("Null pointer");
      assertThat(titles(org, "?project=app")).hasSize(2);
      assertThat(api.get(org.issuesPath() + "?project=nope", org.owner().token()).status())
          .isEqualTo(404);
      var badStatus = api.get(org.issuesPath() + "?status=closed", org.owner().token());
      assertThat(badStatus.status()).isEqualTo(400);
      assertThat(badStatus.error("status"))
          .isEqualTo("must be one of unresolved, resolved, ignored");
    }

    private List<String> titles(TestOrg org, String query) {
      return api.get(org.issuesPath() + query, org.owner().token())
          .json()
          .valueStream()
          .map(issue -> issue.get("title").asString())
          .toList();
    }
  }

  @Nested
  class Updates {

    @Test
    void resolvingAndAssigningAreRecordedAsActivitiesWithTheirSource() {
      TestOrg org = fixtures.organization();
      TestUser member = fixtures.member(org.slug(), "member");
      String id = fixtures.issue(org, "Boom").get("id").asString();

      var updated =
          api.put(
              org.issuePath(id),
              member.token(),
              Map.of("status", "resolved", "assignedTo", member.email()));
      assertThat(updated.status()).as(updated.body()).isEqualTo(200);
      assertThat(updated.json().get("status").asString()).isEqualTo("resolved");
      assertThat(updated.json().get("assignedTo").get("email").asString())
          .isEqualTo(member.email());

      JsonNode activities = api.get(org.issuePath(id) + "activities/", member.token()).json();
      assertThat(activities.valueStream().map(a -> a.get("type").asString()))
          .containsExactly("set_resolved", "assigned");
      JsonNode resolved = activities.get(0);
      assertThat(resolved.get("data").get("previousStatus").asString()).isEqualTo("unresolved");
      assertThat(resolved.get("source").get("type").asString()).isEqualTo("user");
      assertThat(resolved.get("source").get("id").asString()).isEqualTo(member.id());
      assertThat(resolved.get("user").get("email").asString()).isEqualTo(member.email());
    }

    @Test
    void assigningNullUnassignsAndSettingTheSameValueRecordsNothing() {
      TestOrg org = fixtures.organization();
      String id = fixtures.issue(org, "Boom").get("id").asString();
      String owner = org.owner().token();
      api.put(org.issuePath(id), owner, Map.of("assignedTo", org.owner().email()));
      api.put(org.issuePath(id), owner, Map.of("assignedTo", org.owner().email()));
      api.put(org.issuePath(id), owner, Map.of("status", "unresolved"));
      var unassigned = api.put(org.issuePath(id), owner, "{\"assignedTo\": null}");

      assertThat(unassigned.json().get("assignedTo").isNull()).isTrue();
      JsonNode activities = api.get(org.issuePath(id) + "activities/", owner).json();
      assertThat(activities.valueStream().map(a -> a.get("type").asString()))
          .containsExactly("assigned", "unassigned");
    }

    @Test
    void assigningSomeoneOutsideTheOrganizationIsRejectedAndChangesNothing() {
      TestOrg org = fixtures.organization();
      TestOrg other = fixtures.organization();
      String id = fixtures.issue(org, "Boom").get("id").asString();

      var response =
          api.put(
              org.issuePath(id),
              org.owner().token(),
              Map.of("status", "resolved", "assignedTo", other.owner().email()));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("assignedTo")).isEqualTo("is not a member of this organization");
      JsonNode issue = api.get(org.issuePath(id), org.owner().token()).json();
      assertThat(issue.get("status").asString()).isEqualTo("unresolved");
      assertThat(api.get(org.issuePath(id) + "activities/", org.owner().token()).json().isEmpty())
          .isTrue();
    }

    @Test
    void anUnknownStatusOrAWrongTypeNamesTheField() {
      TestOrg org = fixtures.organization();
      String id = fixtures.issue(org, "Boom").get("id").asString();
      var response =
          api.put(
              org.issuePath(id), org.owner().token(), "{\"status\": \"done\", \"assignedTo\": 7}");
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("status"))
          .isEqualTo("must be one of unresolved, resolved, ignored");
      assertThat(response.error("assignedTo")).isEqualTo("must be a member's email or null");
      assertThat(api.put(org.issuePath(id), org.owner().token(), "{}").status()).isEqualTo(400);
    }
  }

  @Nested
  class Comments {

    @Test
    void commentsAreListedEditedByTheirAuthorAndDeletedWithActivities() {
      TestOrg org = fixtures.organization();
      TestUser member = fixtures.member(org.slug(), "member");
      String path = org.issuePath(fixtures.issue(org, "Boom").get("id").asString());

      var added = api.post(path + "comments/", member.token(), Map.of("text", "Looking"));
      assertThat(added.status()).isEqualTo(201);
      String commentId = added.json().get("id").asString();
      assertThat(added.json().get("user").get("email").asString()).isEqualTo(member.email());

      var edited =
          api.put(path + "comments/" + commentId + "/", member.token(), Map.of("text", "Fixed"));
      assertThat(edited.json().get("text").asString()).isEqualTo("Fixed");
      assertThat(api.get(path + "comments/", member.token()).json().get(0).get("text").asString())
          .isEqualTo("Fixed");

      assertThat(api.delete(path + "comments/" + commentId + "/", org.owner().token()).status())
          .isEqualTo(204);
      assertThat(api.get(path + "comments/", member.token()).json().isEmpty()).isTrue();
      JsonNode activities = api.get(path + "activities/", member.token()).json();
      assertThat(activities.valueStream().map(a -> a.get("type").asString()))
          .containsExactly("note", "note_edited", "note_deleted");
    }

    @Test
    void anotherMemberCannotEditSomeoneElsesComment() {
      TestOrg org = fixtures.organization();
      TestUser author = fixtures.member(org.slug(), "member");
      TestUser other = fixtures.member(org.slug(), "member");
      String path = org.issuePath(fixtures.issue(org, "Boom").get("id").asString());
      String commentId =
          api.post(path + "comments/", author.token(), Map.of("text", "Mine"))
              .json()
              .get("id")
              .asString();

      var response =
          api.put(path + "comments/" + commentId + "/", other.token(), Map.of("text", "Ours"));
      assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aBlankCommentIsRejected() {
      TestOrg org = fixtures.organization();
      String path = org.issuePath(fixtures.issue(org, "Boom").get("id").asString());
      var response = api.post(path + "comments/", org.owner().token(), Map.of("text", "  "));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("text")).isEqualTo("must not be blank");
    }
  }
}
