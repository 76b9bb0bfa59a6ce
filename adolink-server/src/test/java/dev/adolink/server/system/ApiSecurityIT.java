package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Authentication, organization boundaries, roles and bad input, through real HTTP. */
@AdolinkIT
class ApiSecurityIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures fixtures;
  @LocalServerPort int port;

  @Nested
  class Authentication {

    @Test
    void anApiCallWithoutATokenIs401WithTheErrorBody() {
      var response = api.get("/api/0/organizations/", null);
      assertThat(response.status()).isEqualTo(401);
      assertThat(response.json().get("detail").asString()).startsWith("Authentication required");
      assertThat(response.json().get("errors").isObject()).isTrue();
      assertThat(response.header("WWW-Authenticate"))
          .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void anUnknownTokenIs401() {
      assertThat(api.get("/api/0/organizations/", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void basicCredentialsWorkOnlyForCreatingATokenAndTheTokenActsAsThatUser() {
      TestOrg org = fixtures.organization();
      String basic = TestApi.basic(org.owner().email(), TrackerFixtures.PASSWORD);

      assertThat(api.send("GET", "/api/0/organizations/", basic, null).status()).isEqualTo(401);
      var token = api.send("POST", "/api/0/api-tokens/", basic, null);
      assertThat(token.status()).isEqualTo(201);
      var orgs = api.get("/api/0/organizations/", token.json().get("token").asString());
      assertThat(orgs.json().get(0).get("slug").asString()).isEqualTo(org.slug());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
      TestOrg org = fixtures.organization();
      var response =
          api.send(
              "POST", "/api/0/api-tokens/", TestApi.basic(org.owner().email(), "wrong-pass"), null);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aTokenCanCreateAnotherToken() {
      TestOrg org = fixtures.organization();
      var response = api.post("/api/0/api-tokens/", org.owner().token(), null);
      assertThat(response.status()).isEqualTo(201);
      assertThat(response.json().get("token").asString()).isNotEqualTo(org.owner().token());
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentArePublic() {
      var health = api.get("/actuator/health", null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asString()).isEqualTo("UP");
      assertThat(api.get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
      var openApi = api.get("/v3/api-docs", null);
      assertThat(openApi.status()).isEqualTo(200);
      assertThat(openApi.json().get("paths").has("/api/0/organizations/{org}/issues/{id}/"))
          .isTrue();
    }
  }

  @Nested
  class OrganizationBoundaries {

    @Test
    void anotherOrganizationsObjectsAre404() {
      TestOrg mine = fixtures.organization();
      TestOrg theirs = fixtures.organization();
      String theirIssue = fixtures.issue(theirs, "Secret").get("id").asString();
      String token = mine.owner().token();

      assertThat(api.get(theirs.issuePath(theirIssue), token).status()).isEqualTo(404);
      assertThat(api.get(theirs.issuesPath(), token).status()).isEqualTo(404);
      assertThat(api.get(mine.issuePath(theirIssue), token).status()).isEqualTo(404);
      assertThat(api.put(mine.issuePath(theirIssue), token, Map.of("status", "resolved")).status())
          .isEqualTo(404);
      assertThat(
              api.post(
                      "/api/0/projects/" + theirs.slug() + "/app/issues/",
                      token,
                      Map.of("title", "x"))
                  .status())
          .isEqualTo(404);
    }

    @Test
    void aMemberDoingAManagersActionIs403() {
      TestOrg org = fixtures.organization();
      TestUser member = fixtures.member(org.slug(), "member");
      var addMember =
          api.post(
              "/api/0/organizations/" + org.slug() + "/members/",
              member.token(),
              Map.of("email", "new@adolink.test", "role", "member"));
      assertThat(addMember.status()).isEqualTo(403);
      var addProject =
          api.post(
              "/api/0/organizations/" + org.slug() + "/projects/",
              member.token(),
              Map.of("slug", "web", "name", "Web"));
      assertThat(addProject.status()).isEqualTo(403);
      assertThat(addProject.json().get("detail").asString()).contains("manager");
    }

    @Test
    void aManagerCannotMakeSomeoneOwner() {
      TestOrg org = fixtures.organization();
      TestUser manager = fixtures.member(org.slug(), "manager");
      var response =
          api.post(
              "/api/0/organizations/" + org.slug() + "/members/",
              manager.token(),
              Map.of("email", "boss@adolink.test", "role", "owner"));
      assertThat(response.status()).isEqualTo(403);
    }
  }

  @Nested
  class BadInput {

    @Test
    void malformedJsonIs400() {
      var response = api.post("/api/0/organizations/", TestApi.ADMIN_TOKEN, "{\"slug\": ");
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).startsWith("Malformed JSON");
    }

    @Test
    void aWrongTypeNamesTheFieldWithItsPath() {
      TestOrg org = fixtures.organization();
      var response =
          api.post(
              "/api/0/projects/" + org.slug() + "/app/issues/",
              org.owner().token(),
              "{\"title\": \"x\", \"stacktrace\": {\"frames\": [{\"filename\": \"a\","
                  + " \"lineNo\": \"twelve\"}]}}");
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("stacktrace.frames[0].lineNo")).contains("wrong type");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
      var response = api.post("/api/0/organizations/", TestApi.ADMIN_TOKEN, Map.of());
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("slug")).isEqualTo("must not be blank");
      assertThat(response.error("name")).isEqualTo("must not be blank");
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
      assertThat(api.post("/api/0/organizations/", TestApi.ADMIN_TOKEN, "[1]").status())
          .isEqualTo(400);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400() {
      TestOrg org = fixtures.organization();
      var response = api.get(org.issuesPath() + "?limit=many", org.owner().token());
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("limit")).isNotBlank();
    }

    @Test
    void aBodyOverOneMebibyteIs413AndNothingIsCreated() {
      String slug = TrackerFixtures.unique("big");
      String body = "{\"slug\": \"" + slug + "\", \"name\": \"" + "a".repeat(1024 * 1024) + "\"}";
      var response = api.post("/api/0/organizations/", TestApi.ADMIN_TOKEN, body);
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.json().get("detail").asString()).isEqualTo("Request body is too large");
      assertThat(api.get("/api/0/organizations/" + slug + "/", TestApi.ADMIN_TOKEN).status())
          .isEqualTo(404);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
      String body = "{\"slug\": \"x\", \"name\": \"" + "a".repeat(1100 * 1024) + "\"}";
      var request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/0/organizations/"))
              .header("Authorization", "Bearer " + TestApi.ADMIN_TOKEN)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofInputStream(
                      () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
              .build();
      var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void tooManyFormParametersReadByASecurityFilterAre400() throws Exception {
      String form = "a=1&".repeat(2001) + "username=x&password=y";
      var request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("at most 2000 query and form parameters");
    }

    @Test
    void anUnknownPathAndAWrongMethodAnswerWithTheErrorBody() {
      var unknown = api.get("/api/0/nothing/", TestApi.ADMIN_TOKEN);
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().has("detail")).isTrue();
      assertThat(api.delete("/api/0/organizations/", TestApi.ADMIN_TOKEN).status()).isEqualTo(405);
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
      var request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/0/organizations/"))
              .header("Authorization", "Bearer " + TestApi.ADMIN_TOKEN)
              .header("Content-Type", "text/plain")
              .POST(HttpRequest.BodyPublishers.ofString("slug=x"))
              .build();
      var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(415);
      assertThat(response.body()).contains("\"detail\"");
    }
  }

  @Nested
  class UserInterface {

    private final HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void pagesRedirectToTheLoginPageWithoutASession() throws Exception {
      var home = browser.send(page("/").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(302);
      assertThat(home.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theLoginFormIsRejectedWithoutItsCsrfToken() throws Exception {
      var login = browser.send(loginPost(null), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void aUserSignsInWithTheFormAndCsrfTokenAndGetsASession() throws Exception {
      String form =
          browser.send(page("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
      assertThat(csrf.find()).as(form).isTrue();

      var login = browser.send(loginPost(csrf.group(1)), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(302);
      var home = browser.send(page("/").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains(TestApi.ADMIN_EMAIL);
    }

    private HttpRequest.Builder page(String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest loginPost(String csrf) {
      String form =
          "username="
              + TestApi.ADMIN_EMAIL
              + "&password="
              + TestApi.ADMIN_PASSWORD
              + (csrf == null ? "" : "&_csrf=" + csrf);
      return page("/login")
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form))
          .build();
    }
  }
}
