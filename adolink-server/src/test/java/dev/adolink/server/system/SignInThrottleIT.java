package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import dev.adolink.server.support.TrackerFixtures.TestUser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in throttling through the login form and Basic on the API token endpoint. Each test signs in
 * from its own client address ({@code X-Forwarded-For}, honoured from the loopback proxy) so that
 * the address counts of other tests do not interfere.
 */
@AdolinkIT
class SignInThrottleIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired MutableClock clock;

  TestUser user;
  Map<String, String> from;

  @BeforeEach
  void freshUserAndAddress() {
    TestOrg org = tracker.organization();
    user = tracker.member(org.slug(), "member");
    from = Map.of("X-Forwarded-For", randomAddress());
  }

  static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  String login(String email, String password) {
    return login(email, password, from);
  }

  /** The login form's answer: where it redirects to. */
  String login(String email, String password, Map<String, String> headers) {
    TestApi.Response response = new Session(api).login(email, password, headers);
    assertThat(response.status()).as(response.toString()).isEqualTo(302);
    return response.header("Location").orElseThrow();
  }

  @Nested
  class TheLoginForm {

    @Test
    void slowsDownAnAccountAfterFiveWrongPasswordsAndSaysForHowLong() {
      for (int i = 0; i < 5; i++) {
        assertThat(login(user.email(), "wrong-" + i)).endsWith("/login?error");
      }

      String refused = login(user.email(), "wrong-again");
      assertThat(refused).contains("/login?throttled=1");
      String page = new Session(api).get("/login?throttled=1").body();
      assertThat(page)
          .contains("Too many failed sign-ins for this account or from this address")
          .contains("Try again in 1 second.");
      // while it waits even the right password is refused: guessing gets no answer
      assertThat(login(user.email(), TrackerFixtures.PASSWORD)).contains("throttled");

      clock.advance(Duration.ofSeconds(1));
      assertThat(login(user.email(), TrackerFixtures.PASSWORD)).doesNotContain("login");
    }

    @Test
    void refusesAnAccountForFifteenMinutesAfterTenWrongPasswords() {
      for (int i = 0; i < 10; i++) {
        if (i > 0) {
          clock.advance(Duration.ofMinutes(1));
        }
        assertThat(login(user.email(), "wrong-" + i)).endsWith("/login?error");
      }

      assertThat(login(user.email(), TrackerFixtures.PASSWORD)).endsWith("/login?throttled=900");
      clock.advance(Duration.ofMinutes(14));
      assertThat(login(user.email(), TrackerFixtures.PASSWORD))
          .as("from another address too")
          .contains("/login?throttled=60")
          .isEqualTo(login(user.email(), TrackerFixtures.PASSWORD, Map.of()));

      clock.advance(Duration.ofMinutes(1));
      assertThat(login(user.email(), TrackerFixtures.PASSWORD)).doesNotContain("login");
    }

    @Test
    void refusesAnAddressThatGuessesManyAccounts() {
      for (int i = 0; i < SignInThrottle.ADDRESS.lockAfter(); i++) {
        assertThat(login("nobody-" + i + "-" + user.email(), "wrong"))
            .matches(".*/login\\?(error|throttled=\\d+)");
        clock.advance(Duration.ofMinutes(2));
      }

      assertThat(login(user.email(), TrackerFixtures.PASSWORD)).contains("throttled");
      assertThat(
              login(
                  user.email(),
                  TrackerFixtures.PASSWORD,
                  Map.of("X-Forwarded-For", randomAddress())))
          .as("from another address")
          .doesNotContain("login");
    }

    @Test
    void neverSlowsSuccessfulSignIns() {
      for (int i = 0; i < 30; i++) {
        assertThat(login(user.email(), TrackerFixtures.PASSWORD)).doesNotContain("login");
      }
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 4; i++) {
          assertThat(login(user.email(), "wrong")).endsWith("/login?error");
        }
        assertThat(login(user.email(), TrackerFixtures.PASSWORD)).doesNotContain("login");
      }
    }
  }

  @Nested
  class TheApiTokenEndpointWithBasicAuth {

    TestApi.Response token(String password) {
      return api.send(
          "POST",
          "/api/0/api-tokens/",
          Map.of(
              "Authorization", TestApi.basic(user.email(), password),
              "X-Forwarded-For", from.get("X-Forwarded-For")),
          null);
    }

    @Test
    void answers429WithRetryAfterOnceTheAccountIsThrottled() {
      for (int i = 0; i < 5; i++) {
        assertThat(token("wrong").status()).isEqualTo(401);
      }

      TestApi.Response refused = token(TrackerFixtures.PASSWORD);
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("Retry-After")).contains("1");
      assertThat(refused.json().get("detail").asString())
          .isEqualTo(
              "Too many failed sign-ins for this account: sign-in is paused, try again in 1"
                  + " second.");

      clock.advance(Duration.ofSeconds(1));
      assertThat(token(TrackerFixtures.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void countsTogetherWithTheLoginForm() {
      for (int i = 0; i < 5; i++) {
        assertThat(login(user.email(), "wrong")).endsWith("/login?error");
      }
      assertThat(token(TrackerFixtures.PASSWORD).status()).isEqualTo(429);
    }
  }
}
