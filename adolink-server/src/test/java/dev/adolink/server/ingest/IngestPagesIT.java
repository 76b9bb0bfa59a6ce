package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.ingest.IngestFixtures.Target;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.Browser;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a signed-in user sees of the intake: the project's DSN and an issue's latest event. */
@AdolinkIT
class IngestPagesIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired DueJobs dueJobs;

  @Test
  void theProjectPageShowsTheDsnWithSetupForEachSdk() {
    Target target = IngestFixtures.target(tracker, api);
    Browser browser =
        new Browser(api).signIn(target.org().owner().email(), TrackerFixtures.PASSWORD);

    Browser.Page page =
        browser.get(
            "/organizations/" + target.org().slug() + "/projects/" + target.org().project() + "/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains(target.dsn());
    for (String sdk :
        List.of(
            "snippet-java",
            "snippet-dotnet",
            "snippet-node",
            "snippet-python",
            "snippet-browser")) {
      assertThat(page.body()).contains("id=\"" + sdk + "\"");
    }
    assertThat(page.body()).contains("sentry_sdk.init(").contains("SentrySdk.Init(");
  }

  @Test
  void theIssuePageShowsTheLatestEvent() {
    Target target = IngestFixtures.target(tracker, api);
    var event =
        IngestFixtures.javaEvent(
            IngestFixtures.eventId(),
            "java.lang.IllegalStateException",
            "Cart is empty",
            "com.acme.Page.view:9");
    event.put("request", Map.of("url", "https://shop.example.com/cart", "method", "POST"));
    event.put("sdk", Map.of("name", "sentry.java", "version", "8.47.0"));
    event.put("breadcrumbs", List.of(Map.of("category", "http", "message", "GET /cart")));
    event.put("level", "loud");
    new SdkRequests(api.baseUrl())
        .post(
            target.envelopePath(),
            Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey())),
            SdkRequests.envelope("{}", event));
    dueJobs.run();
    String issueId =
        api.get(
                "/api/0/organizations/" + target.org().slug() + "/issues/",
                target.org().owner().token())
            .json()
            .get(0)
            .get("id")
            .asString();
    Browser browser =
        new Browser(api).signIn(target.org().owner().email(), TrackerFixtures.PASSWORD);

    Browser.Page page =
        browser.get("/organizations/" + target.org().slug() + "/issues/" + issueId + "/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Latest event")
        .contains("POST https://shop.example.com/cart")
        .contains("sentry.java 8.47.0")
        .contains("GET /cart")
        .contains("ann@example.com")
        .contains("region")
        .contains("Changed on arrival")
        .contains("level: invalid data");
  }
}
