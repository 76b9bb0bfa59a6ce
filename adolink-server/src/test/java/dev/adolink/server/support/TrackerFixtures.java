package dev.adolink.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Creates what most tests start from, through the API: an organization with an owner (who has a
 * token) and a project. Names are unique, so tests sharing a database never collide.
 */
public final class TrackerFixtures {

  public static final String PASSWORD = "member-password";

  private final TestApi api;

  public TrackerFixtures(TestApi api) {
    this.api = api;
  }

  public record TestUser(String id, String email, String token) {}

  /**
   * @param slug the organization's slug
   * @param project the slug of its project
   */
  public record TestOrg(String slug, TestUser owner, String project) {

    public String issuesPath() {
      return "/api/0/organizations/" + slug + "/issues/";
    }

    public String issuePath(String id) {
      return issuesPath() + id + "/";
    }
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public TestOrg organization() {
    String slug = unique("org");
    expect(
        201,
        api.post("/api/0/organizations/", TestApi.ADMIN_TOKEN, Map.of("slug", slug, "name", slug)));
    TestUser owner = member(slug, "owner");
    String project = "app";
    expect(
        201,
        api.post(
            "/api/0/organizations/" + slug + "/projects/",
            owner.token(),
            Map.of("slug", project, "name", "App")));
    return new TestOrg(slug, owner, project);
  }

  /** Adds a new user with this role to the organization and gets them a token. */
  public TestUser member(String organizationSlug, String role) {
    String email = unique(role) + "@adolink.test";
    JsonNode member =
        expect(
                201,
                api.post(
                    "/api/0/organizations/" + organizationSlug + "/members/",
                    TestApi.ADMIN_TOKEN,
                    Map.of("email", email, "name", role, "role", role, "password", PASSWORD)))
            .json();
    String token =
        expect(201, api.send("POST", "/api/0/api-tokens/", TestApi.basic(email, PASSWORD), null))
            .json()
            .get("token")
            .asString();
    return new TestUser(member.get("user").get("id").asString(), email, token);
  }

  /** Creates an issue in the organization's project and returns its JSON. */
  public JsonNode issue(TestOrg org, String title) {
    return expect(
            201,
            api.post(
                "/api/0/projects/" + org.slug() + "/" + org.project() + "/issues/",
                org.owner().token(),
                Map.of("title", title)))
        .json();
  }

  private static TestApi.Response expect(int status, TestApi.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    return response;
  }
}
