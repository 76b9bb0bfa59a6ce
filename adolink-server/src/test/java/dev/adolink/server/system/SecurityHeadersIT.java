package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AdolinkIT
class SecurityHeadersIT {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** A script element without src, or an attribute such as onclick= or style=. */
  static final Pattern INLINE =
      Pattern.compile(
          "<script(?![^>]*\\bsrc=)[^>]*>|<[^>]*\\s(on[a-z]+|style)\\s*=[^>]*>",
          Pattern.CASE_INSENSITIVE);

  static final String XSS =
      "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"
          + " <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">a</a>";

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;

  static void assertSecurityHeaders(TestApi.Response response) {
    assertThat(response.header("Content-Security-Policy")).as(response.toString()).contains(CSP);
    assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.header("X-Frame-Options")).contains("DENY");
    assertThat(response.header("Referrer-Policy")).contains("same-origin");
    assertThat(response.header("Permissions-Policy")).isPresent();
  }

  @Nested
  class EveryPage {

    @Test
    void hasTheContentSecurityPolicyAndNoInlineScriptStyleOrHandler() {
      Installed installed = integrations.installed();
      String org = installed.org().slug();
      String issue = tracker.issue(installed.org(), "Headers").get("shortId").asString();
      Session session = new Session(api, installed.org().owner().email(), TrackerFixtures.PASSWORD);
      List<String> pages =
          List.of(
              "/organizations/",
              "/organizations/" + org + "/",
              "/organizations/" + org + "/issues/",
              "/organizations/" + org + "/issues/" + issue + "/",
              "/organizations/"
                  + org
                  + "/issues/"
                  + issue
                  + "/?integration="
                  + installed.id()
                  + "&action=create&project=Web&type=Bug",
              "/organizations/"
                  + org
                  + "/issues/"
                  + issue
                  + "/?integration="
                  + installed.id()
                  + "&action=link",
              "/organizations/" + org + "/integrations/" + installed.id() + "/",
              "/organizations/" + org + "/projects/" + installed.org().project() + "/alert-rules/",
              "/organizations/" + org + "/releases/",
              "/organizations/" + org + "/repos/",
              "/organizations/" + org + "/no-such-page/");
      for (String page : pages) {
        TestApi.Response response = session.get(page);
        assertThat(response.status()).as(page).isIn(200, 404);
        assertSecurityHeaders(response);
        assertThat(INLINE.matcher(response.body()).find())
            .as(page + " has inline script, style or handler")
            .isFalse();
      }
      assertSecurityHeaders(new Session(api).get("/login"));
    }

    @Test
    void apiAnswersAndAssetsHaveTheHeadersToo() {
      assertSecurityHeaders(api.get("/api/0/organizations/", TestApi.ADMIN_TOKEN));
      assertSecurityHeaders(api.get("/api/0/organizations/", null));
      TestApi.Response script = api.get("/assets/adolink.js", null);
      assertThat(script.status()).isEqualTo(200);
      assertThat(script.header("Content-Type").orElse("")).contains("javascript");
      assertSecurityHeaders(script);
    }
  }

  @Nested
  class WhatUsersWrote {

    @Test
    void isShownAsTextNeverAsMarkup() {
      TrackerFixtures.TestOrg org = tracker.organization();
      String token = org.owner().token();
      TestApi.Response created =
          api.post(newIssuePath(org), token, Map.of("title", XSS, "culprit", XSS, "message", XSS));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String issue = created.json().get("shortId").asString();
      String issuePath = "/api/0/organizations/" + org.slug() + "/issues/" + issue + "/";
      assertThat(api.post(issuePath + "comments/", token, Map.of("text", XSS)).status())
          .isEqualTo(201);

      Session session = new Session(api, org.owner().email(), TrackerFixtures.PASSWORD);
      for (String page :
          List.of(
              "/organizations/" + org.slug() + "/issues/" + issue + "/",
              "/organizations/" + org.slug() + "/issues/")) {
        String body = session.get(page).body();
        assertThat(body)
            .as(page)
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            .doesNotContain("<script>alert")
            .doesNotContain("<img src=x");
        // as the browser reads it (a comment's Markdown is HTML, its quotes in text stay quotes)
        Document dom = Jsoup.parse(body);
        assertThat(dom.select("[href^=javascript], [onclick], [onerror], img[src=x]"))
            .as(page)
            .isEmpty();
        assertThat(dom.select("script")).as(page).allMatch(script -> script.data().isEmpty());
        assertThat(INLINE.matcher(body).find()).as(page).isFalse();
      }
    }
  }

  @Nested
  class TheSessionCookie {

    static String sessionCookie(TestApi.Response response) {
      return response.raw().headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("JSESSIONID="))
          .findFirst()
          .orElseThrow(
              () -> new AssertionError("no session cookie in " + response.raw().headers()));
    }

    @Test
    void isSameSiteLaxAndHttpOnly() {
      String cookie = sessionCookie(new Session(api).get("/login"));
      assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void isSecureWhenAProxyServesItOverHttps() {
      String cookie =
          sessionCookie(new Session(api).get("/login", Map.of("X-Forwarded-Proto", "https")));
      assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
    }
  }

  static String newIssuePath(TrackerFixtures.TestOrg org) {
    return "/api/0/projects/" + org.slug() + "/" + org.project() + "/issues/";
  }
}
