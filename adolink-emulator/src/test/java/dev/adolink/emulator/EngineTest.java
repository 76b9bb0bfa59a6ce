package dev.adolink.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EngineTest {

  static AdoEmulator ado;
  static Client control;
  Client alice;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
    control = Client.of(ado.baseUrl() + "_emulator/");
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @BeforeEach
  void seed() {
    ado.reset();
    var org = ado.createOrganization("fabrikam", new Admin.UserSpec("alice@example.com", "Alice"));
    ado.createOrganization("contoso", new Admin.UserSpec("bob@example.com", "Bob"));
    alice = Client.of(ado.baseUrl()).pat(org.user("alice@example.com").pat());
  }

  @Nested
  class Authentication {
    @Test
    void aPatWorksWithAnyUserName() {
      String pat = ado.pats("fabrikam").get(0).token();
      Client named =
          Client.of(ado.baseUrl())
              .header(
                  "Authorization",
                  "Basic "
                      + java.util.Base64.getEncoder()
                          .encodeToString(("whoever:" + pat).getBytes()));

      assertThat(named.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(200);
    }

    @Test
    void aMissingCredentialGetsTheSignInPageWith203() {
      Client.Answer answer =
          Client.of(ado.baseUrl()).get("fabrikam/_apis/projects?api-version=7.1");

      assertThat(answer.status()).isEqualTo(203);
      assertThat(answer.header("Content-Type")).startsWith("text/html");
      assertThat(answer.body()).contains("Sign in");
    }

    @Test
    void aBadCredentialGets401WhenRedirectsAreSuppressed() {
      Client.Answer answer =
          Client.of(ado.baseUrl())
              .pat("not-a-pat")
              .header("X-TFS-FedAuthRedirect", "Suppress")
              .get("fabrikam/_apis/projects?api-version=7.1");

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.json().path("typeKey").asString())
          .isEqualTo("UnauthorizedRequestException");
      assertThat(answer.json().path("message").asString()).startsWith("TF400813:");
    }

    @Test
    void aUserOfAnotherOrganizationGets401() {
      Client.Answer answer = alice.get("contoso/_apis/projects?api-version=7.1");

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.json().path("message").asString()).startsWith("TF400813:");
    }

    @Test
    void anUnknownOrganizationIs404() {
      assertThat(alice.get("nowhere/_apis/projects?api-version=7.1").status()).isEqualTo(404);
    }
  }

  @Nested
  class Errors {
    @Test
    void haveAdoErrorShape() {
      JsonNode error = alice.get("fabrikam/_apis/projects/missing?api-version=7.1").json();

      assertThat(error.propertyNames())
          .containsExactly(
              "$id", "innerException", "message", "typeName", "typeKey", "errorCode", "eventId");
      assertThat(error.path("typeKey").asString())
          .isEqualTo("ProjectDoesNotExistWithNameException");
      assertThat(error.path("message").asString())
          .startsWith("TF200016: The following project does not exist: missing.");
    }

    @Test
    void anUnknownApiRouteIs404() {
      assertThat(alice.get("fabrikam/_apis/nothing/here?api-version=7.1").status()).isEqualTo(404);
    }

    @Test
    void aKnownPathWithAnotherMethodIs405() {
      assertThat(
              alice.send("DELETE", "fabrikam/_apis/projects?api-version=7.1", null, null).status())
          .isEqualTo(405);
    }
  }

  @Nested
  class Routing {
    @Test
    void pathsAreCaseInsensitive() {
      assertThat(alice.get("FABRIKAM/_APIs/Projects?api-version=7.1").status()).isEqualTo(200);
    }

    @Test
    void theLegacyDefaultCollectionSegmentIsAccepted() {
      assertThat(alice.get("fabrikam/DefaultCollection/_apis/projects?api-version=7.1").status())
          .isEqualTo(200);
    }

    @Test
    void theLegacyHostFormNamesTheOrganizationInTheHostHeader() throws Exception {
      String pat = ado.pats("fabrikam").get(0).token();
      String auth = java.util.Base64.getEncoder().encodeToString((":" + pat).getBytes());
      try (var socket = new java.net.Socket("127.0.0.1", ado.port())) {
        String request =
            "GET /DefaultCollection/_apis/projects?api-version=7.1 HTTP/1.1\r\nHost: fabrikam.visualstudio.example\r\n"
                + "Authorization: Basic "
                + auth
                + "\r\nConnection: close\r\n\r\n";
        socket.getOutputStream().write(request.getBytes());
        String response = new String(socket.getInputStream().readAllBytes());

        assertThat(response).startsWith("HTTP/1.1 200");
      }
    }

    @Test
    void jsonAnswersNameTheirApiVersion() {
      assertThat(alice.get("fabrikam/_apis/projects?api-version=6.0").header("Content-Type"))
          .isEqualTo("application/json; charset=utf-8; api-version=6.0");
    }
  }

  @Nested
  class RequestLog {
    @Test
    void recordsEveryApiRequestWithItsStatus() {
      long since = lastSeq();
      alice.get("fabrikam/_apis/projects?api-version=7.1");
      alice.get("fabrikam/_apis/projects");

      JsonNode log = control.get("requests?since=" + since).json();

      assertThat(log).hasSize(2);
      assertThat(log.get(0).path("method").asString()).isEqualTo("GET");
      assertThat(log.get(0).path("path").asString()).isEqualTo("/fabrikam/_apis/projects");
      assertThat(log.get(0).path("query").asString()).isEqualTo("api-version=7.1");
      assertThat(log.get(0).path("status").asInt()).isEqualTo(200);
      assertThat(log.get(1).path("status").asInt()).isEqualTo(400);
      assertThat(log.get(1).path("seq").asLong()).isGreaterThan(log.get(0).path("seq").asLong());
      assertThat(log.get(0).path("at").asLong())
          .isBetween(ado.clock().millis() - 60_000, ado.clock().millis());
    }

    @Test
    void doesNotRecordTheControlApi() {
      long since = lastSeq();
      control.get("faults");

      assertThat(control.get("requests?since=" + since).json()).isEmpty();
    }

    private long lastSeq() {
      JsonNode all = control.get("requests").json();
      return all.isEmpty() ? 0 : all.get(all.size() - 1).path("seq").asLong();
    }
  }

  @Nested
  class Faults {
    @Test
    void anOutageAnswersTheGivenStatusToTheNextRequests() {
      control.put("faults", Map.of("outage", Map.of("status", 503, "requests", 2)));

      assertThat(alice.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(503);
      assertThat(alice.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(503);
      assertThat(alice.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(200);
    }

    @Test
    void blockModeAnswers429WithTf400733AndRetryAfterUntilTheWindowEnds() {
      control.put(
          "faults",
          Map.of("throttle", Map.of("mode", "block", "retryAfterSeconds", 30, "afterRequests", 1)));

      Client.Answer before = alice.get("fabrikam/_apis/projects?api-version=7.1");
      Client.Answer blocked = alice.get("fabrikam/_apis/projects?api-version=7.1");
      ado.clock().advance(Duration.ofSeconds(31));
      Client.Answer after = alice.get("fabrikam/_apis/projects?api-version=7.1");

      assertThat(before.status()).isEqualTo(200);
      assertThat(before.header("X-RateLimit-Remaining")).isEqualTo("1");
      assertThat(before.header("X-RateLimit-Limit")).isEqualTo("200");
      assertThat(before.header("X-RateLimit-Resource")).isNotBlank();
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.header("Retry-After")).isEqualTo("30");
      assertThat(blocked.header("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(blocked.json().path("message").asString())
          .startsWith("TF400733: The request has been canceled");
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.header("Retry-After")).isNull();
    }

    @Test
    void delayModeAnswers200WithRetryAfterAndTheDelay() {
      control.put(
          "faults",
          Map.of("throttle", Map.of("mode", "delay", "retryAfterSeconds", 10, "afterRequests", 0)));

      Client.Answer delayed = alice.get("fabrikam/_apis/projects?api-version=7.1");

      assertThat(delayed.status()).isEqualTo(200);
      assertThat(delayed.header("Retry-After")).isEqualTo("10");
      assertThat(delayed.header("X-RateLimit-Delay")).isEqualTo("0.000");
      assertThat(delayed.header("X-RateLimit-Reset")).isNotBlank();
    }

    @Test
    void aLostAnswerIsServedButTheConnectionClosesWithoutAnAnswer() {
      control.put(
          "faults",
          Map.of(
              "lostAnswer",
              Map.of("method", "POST", "pathContains", "/_APIS/WIT/WIQL", "requests", 1)));
      JsonNode before = control.get("requests").json();
      long since = before.isEmpty() ? 0 : before.get(before.size() - 1).path("seq").asLong();

      Map<String, String> wiql = Map.of("query", "Select [System.Id] From WorkItems");

      assertThatThrownBy(() -> alice.post("fabrikam/_apis/wit/wiql?api-version=7.1", wiql))
          .isInstanceOf(java.io.UncheckedIOException.class);
      Client.Answer next = alice.post("fabrikam/_apis/wit/wiql?api-version=7.1", wiql);

      assertThat(next.status()).isEqualTo(200);
      JsonNode log = control.get("requests?since=" + since).json();
      assertThat(log).hasSize(2);
      assertThat(log.get(0).path("status").asInt()).isEqualTo(200);
    }

    @Test
    void anEmptyObjectClearsAllFaults() {
      control.put("faults", Map.of("outage", Map.of("status", 500, "requests", 5)));
      control.put("faults", Map.of());

      assertThat(alice.get("fabrikam/_apis/projects?api-version=7.1").status()).isEqualTo(200);
    }
  }

  @Nested
  class Clock {
    @Test
    void advancesThroughTheControlApi() {
      long before = ado.clock().millis();

      JsonNode now = control.post("clock", Map.of("advanceSeconds", 3600)).json();

      assertThat(now.path("epochMillis").asLong() - before).isBetween(3_600_000L, 3_660_000L);
    }
  }

  @Nested
  class ControlApi {
    @Test
    void createsOrganizationsWithUsersAndPats() {
      JsonNode org =
          control
              .post(
                  "organizations",
                  Map.of(
                      "name",
                      "tailspin",
                      "users",
                      java.util.List.of(Map.of("email", "c@example.com", "displayName", "Carol"))))
              .json();

      assertThat(org.path("baseUrl").asString()).isEqualTo(ado.baseUrl() + "tailspin/");
      JsonNode user = org.path("users").get(0);
      assertThat(user.path("descriptor").asString()).startsWith("aad.");
      assertThat(
              Client.of(ado.baseUrl())
                  .pat(user.path("pat").asString())
                  .get("tailspin/_apis/projects?api-version=7.1")
                  .status())
          .isEqualTo(200);
    }

    @Test
    void rejectsADuplicateOrganizationWith400() {
      assertThat(control.post("organizations", Map.of("name", "fabrikam")).status()).isEqualTo(400);
    }

    @Test
    void resetForgetsOrganizations() {
      control.post("reset", Map.of());

      assertThat(
              alice
                  .header("X-TFS-FedAuthRedirect", "Suppress")
                  .get("fabrikam/_apis/projects?api-version=7.1")
                  .status())
          .isEqualTo(404);
    }
  }
}
