package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.ingest.IngestFixtures.Target;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class EnvelopeIntakeIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired DueJobs dueJobs;
  @Autowired MeterRegistry meters;
  @Autowired MutableClock clock;

  SdkRequests sdk;
  Target target;

  @BeforeEach
  void setUp() {
    sdk = new SdkRequests(api.baseUrl());
    target = IngestFixtures.target(tracker, api);
  }

  private SdkRequests.Answer send(Map<String, Object> event) {
    return sdk.post(
        target.envelopePath(),
        Map.of(
            "X-Sentry-Auth",
            SdkRequests.auth(target.publicKey()),
            "Content-Type",
            "application/x-sentry-envelope"),
        SdkRequests.envelope("{}", event));
  }

  private JsonNode issues() {
    TestApi.Response list =
        api.get(
            "/api/0/organizations/" + target.org().slug() + "/issues/",
            target.org().owner().token());
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json();
  }

  @Nested
  class AnAcceptedEvent {

    @Test
    void isAnsweredWithItsIdBeforeItIsProcessedThenBecomesAnIssueWithItsEvent() {
      String id = IngestFixtures.eventId();
      var answer =
          send(
              IngestFixtures.javaEvent(
                  id,
                  "java.lang.IllegalStateException",
                  "Cart 42 is empty",
                  "java.lang.Thread.run:840",
                  "com.acme.shop.CheckoutController.checkout:57",
                  "com.acme.shop.Cart.total:12"));

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().get("id").asString()).isEqualTo(id);
      assertThat(issues()).isEmpty();

      dueJobs.run();

      JsonNode issue = issues().get(0);
      assertThat(issue.get("title").asString())
          .isEqualTo("java.lang.IllegalStateException: Cart 42 is empty");
      assertThat(issue.get("culprit").asString()).isEqualTo("com.acme.shop.Cart in total");
      assertThat(issue.get("count").asString()).isEqualTo("1");
      assertThat(issue.get("firstRelease").asString()).isEqualTo("shop@1.0.0");
      assertThat(issue.get("lastRelease").asString()).isEqualTo("shop@1.0.0");
      JsonNode frames = issue.get("stacktrace").get("frames");
      assertThat(frames).hasSize(3);
      assertThat(frames.get(2).get("filename").asString()).isEqualTo("Cart.java");
      assertThat(frames.get(2).get("absPath").asString()).isEqualTo("com/acme/shop/Cart.java");
      assertThat(frames.get(2).get("lineNo").asInt()).isEqualTo(12);
      assertThat(frames.get(2).get("inApp").asBoolean()).isTrue();

      String events =
          "/api/0/organizations/"
              + target.org().slug()
              + "/issues/"
              + issue.get("id").asString()
              + "/events/";
      TestApi.Response latest = api.get(events + "latest/", target.org().owner().token());
      assertThat(latest.status()).as(latest.body()).isEqualTo(200);
      assertThat(latest.json().get("eventID").asString()).isEqualTo(id);
      assertThat(latest.json().get("exception").get("values").get(0).get("type").asString())
          .isEqualTo("java.lang.IllegalStateException");
      assertThat(latest.json().get("tags"))
          .anySatisfy(tag -> assertThat(tag.get("key").asString()).isEqualTo("region"));
      assertThat(latest.json().get("user").get("email").asString()).isEqualTo("ann@example.com");
      TestApi.Response one = api.get(events + id + "/", target.org().owner().token());
      assertThat(one.status()).isEqualTo(200);
      TestApi.Response list = api.get(events, target.org().owner().token());
      assertThat(list.json()).hasSize(1);
      assertThat(list.header("Link"))
          .hasValueSatisfying(link -> assertThat(link).contains("rel=\"next\"; results=\"false\""));
    }

    @Test
    void sentAgainWithTheSameIdIsAnsweredAndCountedOnce() {
      String id = IngestFixtures.eventId();
      Map<String, Object> event =
          IngestFixtures.javaEvent(id, "java.lang.RuntimeException", "boom", "com.acme.A.run:1");
      assertThat(send(event).status()).isEqualTo(200);
      dueJobs.run();
      var again = send(event);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().get("id").asString()).isEqualTo(id);
      dueJobs.run();

      assertThat(issues()).hasSize(1);
      assertThat(issues().get(0).get("count").asString()).isEqualTo("1");
    }

    @Test
    void atOtherLineNumbersAndReleasesGroupsIntoTheSameIssueButAnotherCallPathDoesNot() {
      send(
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.io.IOException",
              "disk 1 full",
              "com.acme.Store.save:10",
              "com.acme.Disk.write:20"));
      clock.advance(Duration.ofSeconds(1)); // events without a timestamp happen when received
      Map<String, Object> moved =
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.io.IOException",
              "disk 2 full",
              "com.acme.Store.save:14",
              "com.acme.Disk.write:31");
      moved.put("release", "shop@1.1.0");
      send(moved);
      send(
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.io.IOException",
              "disk 1 full",
              "com.acme.Import.load:10",
              "com.acme.Disk.write:20"));
      dueJobs.run();

      JsonNode issues = issues();
      assertThat(issues).hasSize(2);
      assertThat(issues)
          .anySatisfy(
              issue -> {
                assertThat(issue.get("count").asString()).isEqualTo("2");
                assertThat(issue.get("firstRelease").asString()).isEqualTo("shop@1.0.0");
                assertThat(issue.get("lastRelease").asString()).isEqualTo("shop@1.1.0");
              });
    }

    @Test
    void ofAResolvedIssueRegressesItWithAnActivity() {
      send(
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.lang.NullPointerException",
              "x",
              "com.acme.Regress.run:3"));
      dueJobs.run();
      String issueId = issues().get(0).get("id").asString();
      String path = "/api/0/organizations/" + target.org().slug() + "/issues/" + issueId + "/";
      assertThat(api.put(path, target.org().owner().token(), Map.of("status", "resolved")).status())
          .isEqualTo(200);

      send(
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.lang.NullPointerException",
              "x",
              "com.acme.Regress.run:3"));
      dueJobs.run();

      JsonNode issue = api.get(path, target.org().owner().token()).json();
      assertThat(issue.get("status").asString()).isEqualTo("unresolved");
      assertThat(issue.get("count").asString()).isEqualTo("2");
      JsonNode activities = api.get(path + "activities/", target.org().owner().token()).json();
      assertThat(activities)
          .anySatisfy(a -> assertThat(a.get("type").asString()).isEqualTo("set_regression"));
    }

    @Test
    void ofAnIgnoredIssueLeavesItIgnored() {
      send(
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.lang.ArithmeticException",
              "/ by zero",
              "com.acme.Ignore.run:3"));
      dueJobs.run();
      String issueId = issues().get(0).get("id").asString();
      String path = "/api/0/organizations/" + target.org().slug() + "/issues/" + issueId + "/";
      api.put(path, target.org().owner().token(), Map.of("status", "ignored"));

      send(
          IngestFixtures.javaEvent(
              IngestFixtures.eventId(),
              "java.lang.ArithmeticException",
              "/ by zero",
              "com.acme.Ignore.run:3"));
      dueJobs.run();

      JsonNode issue = api.get(path, target.org().owner().token()).json();
      assertThat(issue.get("status").asString()).isEqualTo("ignored");
      assertThat(issue.get("count").asString()).isEqualTo("2");
    }
  }

  @Test
  void issuesShowPlatformUsersAndTagsAndSortAndFilterByThem() {
    Map<String, Object> first =
        IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "one", "com.acme.One.run:1");
    send(first);
    for (String userId : List.of("u-2", "u-3")) {
      Map<String, Object> event =
          IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "two", "com.acme.Two.run:1");
      event.put("user", Map.of("id", userId));
      event.put("environment", "staging");
      send(event);
    }
    dueJobs.run();
    String base = "/api/0/organizations/" + target.org().slug() + "/issues/";
    String token = target.org().owner().token();

    JsonNode byUsers = api.get(base + "?sort=user", token).json();
    assertThat(byUsers.get(0).get("userCount").asLong()).isEqualTo(2);
    assertThat(byUsers.get(0).get("platform").asString()).isEqualTo("java");
    assertThat(byUsers.get(1).get("userCount").asLong()).isEqualTo(1);
    assertThat(api.get(base + "?sort=freq", token).json().get(0).get("count").asString())
        .isEqualTo("2");
    assertThat(api.get(base + "?query=environment:staging", token).json()).hasSize(1);
    assertThat(api.get(base + "?query=release:shop@1.0.0", token).json()).hasSize(2);
    assertThat(api.get(base + "?query=release:nope", token).json()).isEmpty();
    assertThat(api.get(base + "?sort=sideways", token).status()).isEqualTo(400);

    String id = byUsers.get(0).get("id").asString();
    JsonNode tags = api.get(base + id + "/tags/", token).json();
    assertThat(tags)
        .anySatisfy(
            tag -> {
              assertThat(tag.get("key").asString()).isEqualTo("environment");
              assertThat(tag.get("topValues").get(0).get("value").asString()).isEqualTo("staging");
              assertThat(tag.get("topValues").get(0).get("count").asLong()).isEqualTo(2);
            });
  }

  @Nested
  class Credentials {

    @Test
    void areReadFromTheQueryTheEnvelopeDsnOrAuthorizationToo() {
      byte[] body =
          SdkRequests.envelope(
              "{}", IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "q", "com.acme.Q.q:1"));
      assertThat(
              sdk.post(
                      target.envelopePath() + "?sentry_version=7&sentry_key=" + target.publicKey(),
                      Map.of("Content-Type", "text/plain;charset=UTF-8"),
                      body)
                  .status())
          .isEqualTo(200);
      byte[] withDsn =
          SdkRequests.envelope(
              "{\"dsn\":\"" + target.dsn() + "\"}",
              IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "d", "com.acme.D.d:1"));
      assertThat(sdk.post(target.envelopePath(), Map.of(), withDsn).status()).isEqualTo(200);
      byte[] third =
          SdkRequests.envelope(
              "{}",
              IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "a", "com.acme.Au.a:1"));
      assertThat(
              sdk.post(
                      target.envelopePath(),
                      Map.of("Authorization", SdkRequests.auth(target.publicKey())),
                      third)
                  .status())
          .isEqualTo(200);
    }

    @Test
    void missingOrMalformedAre401() {
      byte[] body =
          SdkRequests.envelope(
              "{}", IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "v", "com.acme.X.y:1"));
      var none = sdk.post(target.envelopePath(), Map.of(), body);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.json().get("detail").asString()).contains("X-Sentry-Auth");
      var malformed =
          sdk.post(target.envelopePath(), Map.of("X-Sentry-Auth", "Sentry sentry_version=7"), body);
      assertThat(malformed.status()).isEqualTo(401);
      assertThat(malformed.json().get("detail").asString()).contains("sentry_key");
    }

    @Test
    void anUnknownKeyAKeyOfAnotherProjectAndADisabledKeyAre403() {
      byte[] body =
          SdkRequests.envelope(
              "{}", IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "v", "com.acme.X.y:1"));
      var unknown =
          sdk.post(
              target.envelopePath(),
              Map.of("X-Sentry-Auth", SdkRequests.auth("0123456789abcdef0123456789abcdef")),
              body);
      assertThat(unknown.status()).isEqualTo(403);
      assertThat(unknown.header("X-Sentry-Error")).contains("not known");

      Target other = IngestFixtures.target(tracker, api);
      var wrongProject =
          sdk.post(
              other.envelopePath(),
              Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey())),
              body);
      assertThat(wrongProject.status()).isEqualTo(403);
      assertThat(wrongProject.json().get("detail").asString()).contains("another project");

      var disabled =
          api.put(
              target.keysPath() + target.publicKey() + "/",
              target.org().owner().token(),
              Map.of("isActive", false));
      assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
      assertThat(disabled.json().get("isActive").asBoolean()).isFalse();
      var refused =
          sdk.post(
              target.envelopePath(),
              Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey())),
              body);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.json().get("detail").asString()).contains("disabled");
    }
  }

  @Nested
  class BadInput {

    private SdkRequests.Answer post(byte[] body) {
      return sdk.post(
          target.envelopePath(),
          Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey())),
          body);
    }

    @Test
    void aProjectIdThatIsNotANumberIs400() {
      var answer =
          sdk.post(
              "/api/abc/envelope/",
              Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey())),
              "{}\n".getBytes(StandardCharsets.UTF_8));
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("detail").asString()).contains("project id");
    }

    @Test
    void anUnreadableEnvelopeOrEventIs400NamingWhatIsWrong() {
      assertThat(
              post("not json\n".getBytes(StandardCharsets.UTF_8)).json().get("detail").asString())
          .contains("envelope header");
      var longer =
          post("{}\n{\"type\":\"event\",\"length\":500}\n{}".getBytes(StandardCharsets.UTF_8));
      assertThat(longer.status()).isEqualTo(400);
      assertThat(longer.json().get("detail").asString()).contains("500 bytes");
      var badEvent =
          post("{}\n{\"type\":\"event\"}\n{not json}\n".getBytes(StandardCharsets.UTF_8));
      assertThat(badEvent.status()).isEqualTo(400);
      assertThat(badEvent.json().get("detail").asString()).contains("not valid JSON");
      var badId =
          post(
              "{\"event_id\":\"nope\"}\n{\"type\":\"event\"}\n{}\n"
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(badId.status()).isEqualTo(400);
      assertThat(badId.json().get("detail").asString()).contains("event_id");
      var twoEvents =
          post(
              "{}\n{\"type\":\"event\"}\n{}\n{\"type\":\"event\"}\n{}\n"
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(twoEvents.status()).isEqualTo(400);
    }

    @Test
    void anEventOverOneMebibyteIs413() {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("message", "x".repeat(1_100_000));
      var answer = post(SdkRequests.envelope("{}", event));
      assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void aBodyThatIsNotTheGzipItClaimsIs400AndAnUnknownEncoding415() {
      var answer =
          sdk.post(
              target.envelopePath(),
              Map.of(
                  "X-Sentry-Auth",
                  SdkRequests.auth(target.publicKey()),
                  "Content-Encoding",
                  "gzip"),
              "plain".getBytes(StandardCharsets.UTF_8));
      assertThat(answer.status()).isEqualTo(400);
      var unknown =
          sdk.post(
              target.envelopePath(),
              Map.of(
                  "X-Sentry-Auth",
                  SdkRequests.auth(target.publicKey()),
                  "Content-Encoding",
                  "snappy"),
              "{}".getBytes(StandardCharsets.UTF_8));
      assertThat(unknown.status()).isEqualTo(415);
    }
  }

  @Test
  void gzipAndDeflateBodiesAreRead() {
    byte[] gz =
        SdkRequests.gzip(
            SdkRequests.envelope(
                "{}",
                IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "g", "com.acme.G.g:1")));
    assertThat(
            sdk.post(
                    target.envelopePath(),
                    Map.of(
                        "X-Sentry-Auth",
                        SdkRequests.auth(target.publicKey()),
                        "Content-Encoding",
                        "gzip"),
                    gz)
                .status())
        .isEqualTo(200);
    byte[] zlib =
        SdkRequests.deflate(
            SdkRequests.envelope(
                "{}",
                IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "z", "com.acme.Z.z:1")));
    assertThat(
            sdk.post(
                    target.envelopePath(),
                    Map.of(
                        "X-Sentry-Auth",
                        SdkRequests.auth(target.publicKey()),
                        "Content-Encoding",
                        "deflate"),
                    zlib)
                .status())
        .isEqualTo(200);
    dueJobs.run();
    assertThat(issues()).hasSize(2);
  }

  @Test
  void theStoreEndpointTakesOneJsonEvent() {
    String id = IngestFixtures.eventId();
    var answer =
        sdk.post(
            target.storePath() + "?sentry_key=" + target.publicKey(),
            Map.of("Content-Type", "application/json"),
            SdkRequests.JSON.writeValueAsBytes(
                Map.of("event_id", id, "message", "Checkout took 1234 ms", "level", "warning")));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("id").asString()).isEqualTo(id);
    dueJobs.run();
    JsonNode issue = issues().get(0);
    assertThat(issue.get("title").asString()).isEqualTo("Checkout took 1234 ms");
    assertThat(issue.get("level").asString()).isEqualTo("warning");
  }

  @Test
  void otherItemTypesAreAcceptedDroppedAndCounted() {
    double before = count("session", "dropped");
    byte[] body =
        "{}\n{\"type\":\"session\"}\n{\"sid\":\"x\"}\n{\"type\":\"client_report\",\"length\":2}\n{}\n"
            .getBytes(StandardCharsets.UTF_8);
    var answer =
        sdk.post(
            target.envelopePath(),
            Map.of("X-Sentry-Auth", SdkRequests.auth(target.publicKey())),
            body);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().has("id")).isFalse();
    assertThat(count("session", "dropped")).isEqualTo(before + 1);
    TestApi.Response prometheus = api.get("/actuator/prometheus", null);
    assertThat(prometheus.body())
        .containsPattern(
            "adolink_ingest_items_total\\{(application=\"adolink\",)?outcome=\"dropped\",type=\"session\"}");
  }

  @Test
  void aKeyOverItsRateLimitIsAnswered429WithRetryHeaders() {
    var limited =
        api.put(
            target.keysPath() + target.publicKey() + "/",
            target.org().owner().token(),
            Map.of("rateLimit", Map.of("window", 3600, "count", 1)));
    assertThat(limited.status()).as(limited.body()).isEqualTo(200);
    assertThat(
            send(IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "1", "com.acme.R.r:1"))
                .status())
        .isEqualTo(200);
    var over = send(IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "2", "com.acme.R.r:1"));
    assertThat(over.status()).isEqualTo(429);
    assertThat(Integer.parseInt(over.header("Retry-After"))).isPositive();
    assertThat(over.header("X-Sentry-Rate-Limits")).matches("\\d+::key:key_quota");
  }

  @Test
  void browsersGetCorsAnswers() {
    var preflight =
        sdk.options(
            target.envelopePath(),
            Map.of(
                "Origin",
                "https://app.example.com",
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type"));
    assertThat(preflight.status()).isEqualTo(200);
    assertThat(preflight.header("Access-Control-Allow-Origin"))
        .isIn("*", "https://app.example.com");
    var post =
        sdk.post(
            target.envelopePath() + "?sentry_key=" + target.publicKey(),
            Map.of("Origin", "https://app.example.com", "Content-Type", "text/plain;charset=UTF-8"),
            SdkRequests.envelope(
                "{}",
                IngestFixtures.javaEvent(IngestFixtures.eventId(), "E", "c", "com.acme.C.c:1")));
    assertThat(post.status()).isEqualTo(200);
    assertThat(post.header("Access-Control-Expose-Headers"))
        .containsIgnoringCase("x-sentry-rate-limits");
  }

  private double count(String type, String outcome) {
    var counter =
        meters.find(IngestMetrics.ITEMS).tag("type", type).tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  @Nested
  class Keys {

    @Test
    void aNewProjectHasADefaultKeyWithItsDsn() {
      JsonNode keys = api.get(target.keysPath(), target.org().owner().token()).json();
      assertThat(keys).hasSize(1);
      JsonNode key = keys.get(0);
      assertThat(key.get("name").asString()).isEqualTo("Default");
      assertThat(key.get("isActive").asBoolean()).isTrue();
      assertThat(key.get("rateLimit").isNull()).isTrue();
      assertThat(key.get("dsn").get("public").asString())
          .isEqualTo(
              api.baseUrl().replace("://", "://" + key.get("public").asString() + "@")
                  + "/"
                  + key.get("projectId").asString());
    }

    @Test
    void managersAddAndDeleteKeysAndMembersMayNot() {
      var created =
          api.post(
              target.keysPath(),
              target.org().owner().token(),
              Map.of("name", "Browser", "rateLimit", Map.of("window", 60, "count", 100)));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().get("rateLimit").get("count").asInt()).isEqualTo(100);
      String id = created.json().get("id").asString();
      var member = tracker.member(target.org().slug(), "member");
      assertThat(api.post(target.keysPath(), member.token(), Map.of("name", "x")).status())
          .isEqualTo(403);
      assertThat(api.get(target.keysPath(), member.token()).json()).hasSize(2);
      var bad =
          api.put(
              target.keysPath() + id + "/",
              target.org().owner().token(),
              Map.of("rateLimit", Map.of("window", "soon")));
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.error("rateLimit")).isNotNull();
      assertThat(api.delete(target.keysPath() + id + "/", target.org().owner().token()).status())
          .isEqualTo(204);
      assertThat(api.get(target.keysPath(), target.org().owner().token()).json()).hasSize(1);
      assertThat(api.delete(target.keysPath() + id + "/", target.org().owner().token()).status())
          .isEqualTo(404);
    }
  }

  static List<String> types(JsonNode node) {
    return node.findValuesAsString("type");
  }
}
