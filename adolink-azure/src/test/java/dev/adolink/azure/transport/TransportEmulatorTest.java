package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.azure.error.ServerErrorException;
import dev.adolink.azure.error.UnauthorizedException;
import dev.adolink.azure.error.UnsupportedFeatureException;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.azure.testing.RecordingHttpClient.Sent;
import dev.adolink.emulator.control.Admin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transport seam against the emulator: headers, errors, throttling, outages, versions. */
class TransportEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private final AzureDevOps client = ado.client();

  private Organization organization(Admin.CreatedOrganization org) {
    return client.organization(
        ado.url(org), PersonalAccessToken.of(org.user(EmulatedAdo.ALICE).pat()));
  }

  @Nested
  class EveryRequest {

    @Test
    void carriesThePatUserAgentFedAuthSuppressionAndApiVersion() {
      Admin.CreatedOrganization org = ado.organization();
      String pat = org.user(EmulatedAdo.ALICE).pat();

      organization(org).core().processes();

      Sent sent = ado.sent().get(0);
      assertThat(sent.header("Authorization"))
          .contains(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString((":" + pat).getBytes(StandardCharsets.UTF_8)));
      assertThat(sent.header("User-Agent"))
          .hasValueSatisfying(ua -> assertThat(ua).contains("adolink"));
      assertThat(sent.header("X-TFS-FedAuthRedirect")).contains("Suppress");
      assertThat(sent.header("Accept")).contains("application/json");
      assertThat(ado.requests())
          .singleElement()
          .satisfies(
              logged -> {
                assertThat(logged.method()).isEqualTo("GET");
                assertThat(logged.path()).isEqualTo("/" + org.name() + "/_apis/process/processes");
                assertThat(logged.query()).contains("api-version=7.1");
                assertThat(logged.status()).isEqualTo(200);
              });
    }
  }

  @Nested
  class Failures {

    @Test
    void aRejectedPatIsUnauthorizedAndNeverQuoted() {
      Admin.CreatedOrganization org = ado.organization();
      Organization wrong = client.organization(ado.url(org), PersonalAccessToken.of("wrong-pat-1"));

      assertThatThrownBy(() -> wrong.core().processes())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("TF400813")
          .hasMessageNotContaining("wrong-pat-1")
          .satisfies(e -> assertThat(((UnauthorizedException) e).status()).isEqualTo(401));
    }

    @Test
    void anUnknownProjectIsNotFoundWithAdosTypeKeyAndMessage() {
      Organization org = organization(ado.organization());

      assertThatThrownBy(() -> org.core().project("Nope"))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.typeKey()).isEqualTo("ProjectDoesNotExistWithNameException");
                assertThat(e.serverMessage()).startsWith("TF200016");
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.url()).contains("/_apis/projects/Nope?api-version=7.1");
              });
    }

    @Test
    void aSuccessOfTheWrongShapeIsADecodeFailureWithTheRequest() {
      Organization org = organization(ado.organization());

      assertThatThrownBy(
              () ->
                  org.transport()
                      .send(ApiCall.get("_apis/process/processes").build(), Integer.class))
          .isInstanceOfSatisfying(
              dev.adolink.azure.error.DecodeException.class,
              e -> {
                assertThat(e.status()).isEqualTo(200);
                assertThat(e.url()).contains("/_apis/process/processes");
                assertThat(e.isRetryable()).isFalse();
              });
    }

    @Test
    void noServerIsARetryableTransportFailure() {
      Organization nowhere =
          client.organization("http://127.0.0.1:1/nowhere/", PersonalAccessToken.of("pat"));

      assertThatThrownBy(() -> nowhere.core().processes())
          .isInstanceOfSatisfying(
              dev.adolink.azure.error.TransportException.class,
              e -> {
                assertThat(e.status()).isZero();
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.getMessage()).startsWith("GET http://127.0.0.1:1/nowhere/_apis/");
              });
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
      Admin.CreatedOrganization org = ado.organization();
      Organization missing =
          client.organization(
              ado.emulator().baseUrl() + "no-such-org/",
              PersonalAccessToken.of(org.user(EmulatedAdo.ALICE).pat()));

      assertThatThrownBy(() -> missing.core().processes()).isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Limits {

    @Test
    void neverHasMoreRequestsInFlightPerOrganizationThanAllowed() throws Exception {
      AzureDevOps limited = ado.client(b -> b.maxConcurrentRequestsPerOrganization(2));
      Admin.CreatedOrganization created = ado.organization();
      Organization org =
          limited.organization(
              ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));
      ado.faults("{\"latencyMs\": 30}");
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(6);
      try {
        List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
          calls.add(pool.submit(() -> org.core().processes()));
        }
        for (java.util.concurrent.Future<?> call : calls) {
          call.get();
        }
      } finally {
        pool.shutdown();
      }

      assertThat(ado.requests()).hasSize(12);
      assertThat(ado.http().maxInFlight()).isBetween(1, 2);
    }
  }

  @Nested
  class Throttling {

    @Test
    void aRetryAfterOnASuccessHoldsTheNextRequestUntilItRunsOut() {
      Organization org = organization(ado.organization());
      ado.faults(
          "{\"throttle\": {\"mode\": \"delay\", \"retryAfterSeconds\": 5, \"afterRequests\": 0}}");

      org.core().processes();
      org.core().processes();

      List<Logged> requests = ado.requests();
      assertThat(requests).extracting(Logged::status).containsExactly(200, 200);
      assertThat(ado.time().sleeps()).containsExactly(Duration.ofSeconds(5));
      assertThat(requests.get(1).at() - requests.get(0).at()).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void aBlockedRequestIsSentAgainOnceRetryAfterHasPassed() {
      Organization org = organization(ado.organization());
      ado.faults(
          "{\"throttle\": {\"mode\": \"block\", \"retryAfterSeconds\": 10, \"afterRequests\": 0}}");

      assertThat(org.core().processes()).isNotEmpty();

      List<Logged> requests = ado.requests();
      assertThat(requests).extracting(Logged::status).containsExactly(429, 200);
      assertThat(ado.time().sleeps()).containsExactly(Duration.ofSeconds(10));
      assertThat(requests.get(1).at() - requests.get(0).at()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsFailsFastWithItsDelay() {
      Organization org = organization(ado.organization());
      ado.faults(
          "{\"throttle\": {\"mode\": \"block\", \"retryAfterSeconds\": 600, \"afterRequests\": 0}}");

      assertThatThrownBy(() -> org.core().processes())
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(600));
                assertThat(e.serverMessage()).startsWith("TF400733");
                assertThat(e.isRetryable()).isTrue();
              });
      assertThatThrownBy(() -> org.core().processes()).isInstanceOf(RateLimitedException.class);

      assertThat(ado.requests()).hasSize(1);
      assertThat(ado.time().sleeps()).isEmpty();
    }

    @Test
    void aRetryAfterGivenToOneProcessHoldsAnotherThatSharesTheGate() {
      Map<String, Instant> shared = new ConcurrentHashMap<>();
      SharedGate gate =
          new SharedGate() {
            @Override
            public Instant notBefore(String organization) {
              return shared.getOrDefault(organization, Instant.EPOCH);
            }

            @Override
            public void hold(String organization, Instant until) {
              shared.merge(organization, until, (a, b) -> a.isAfter(b) ? a : b);
            }
          };
      Admin.CreatedOrganization created = ado.organization();
      String pat = created.user(EmulatedAdo.ALICE).pat();
      Organization first =
          ado.client(b -> b.sharedGate(gate).retryPolicy(RetryPolicy.NONE))
              .organization(ado.url(created), PersonalAccessToken.of(pat));
      Organization second =
          ado.client(b -> b.sharedGate(gate))
              .organization(ado.url(created), PersonalAccessToken.of(pat));
      ado.faults(
          "{\"throttle\": {\"mode\": \"block\", \"retryAfterSeconds\": 20, \"afterRequests\": 0}}");

      assertThatThrownBy(() -> first.core().processes()).isInstanceOf(RateLimitedException.class);
      assertThat(second.core().processes()).isNotEmpty();

      List<Logged> requests = ado.requests();
      assertThat(requests).extracting(Logged::status).containsExactly(429, 200);
      assertThat(requests.get(1).at() - requests.get(0).at()).isGreaterThanOrEqualTo(20_000);
      assertThat(ado.time().sleeps()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void aGateThatCannotBeReadLeavesTheProcessToItsOwn() {
      SharedGate broken =
          new SharedGate() {
            @Override
            public Instant notBefore(String organization) {
              throw new IllegalStateException("database down");
            }

            @Override
            public void hold(String organization, Instant until) {
              throw new IllegalStateException("database down");
            }
          };
      Admin.CreatedOrganization created = ado.organization();
      Organization org =
          ado.client(b -> b.sharedGate(broken))
              .organization(
                  ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));
      ado.faults(
          "{\"throttle\": {\"mode\": \"block\", \"retryAfterSeconds\": 10, \"afterRequests\": 0}}");

      assertThat(org.core().processes()).isNotEmpty();

      assertThat(ado.requests()).extracting(Logged::status).containsExactly(429, 200);
      assertThat(ado.time().sleeps()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void slowsDownWhenTheRemainingBudgetGetsLow() {
      Organization org = organization(ado.organization());
      ado.faults(
          "{\"throttle\": {\"mode\": \"delay\", \"retryAfterSeconds\": 60, \"afterRequests\": 5}}");

      org.core().processes();
      org.core().processes();
      org.core().processes();

      List<Logged> requests = ado.requests();
      assertThat(requests).extracting(Logged::status).containsOnly(200);
      assertThat(ado.time().sleeps()).hasSize(2).allMatch(wait -> wait.toSeconds() >= 1);
      assertThat(requests.get(2).at() - requests.get(1).at())
          .isEqualTo(ado.time().sleeps().get(1).toMillis());
    }
  }

  @Nested
  class Outages {

    @Test
    void a503IsRetriedWithBackoff() {
      Organization org = organization(ado.organization());
      ado.faults("{\"outage\": {\"status\": 503, \"requests\": 2}}");

      assertThat(org.core().processes()).isNotEmpty();

      assertThat(ado.requests()).extracting(Logged::status).containsExactly(503, 503, 200);
      assertThat(ado.time().sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aLongOutageFailsAfterTheRetryBoundAsARetryableServerError() {
      AzureDevOps strict =
          ado.client(
              b ->
                  b.retryPolicy(
                      new RetryPolicy(
                          2,
                          Duration.ofSeconds(1),
                          Duration.ofSeconds(4),
                          Duration.ofSeconds(60))));
      Admin.CreatedOrganization created = ado.organization();
      Organization org =
          strict.organization(
              ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));
      ado.faults("{\"outage\": {\"status\": 503, \"requests\": 10}}");

      assertThatThrownBy(() -> org.core().processes())
          .isInstanceOfSatisfying(
              ServerErrorException.class,
              e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.isRetryable()).isTrue();
              });
      assertThat(ado.requests()).hasSize(3);
    }

    @Test
    void a500IsNotRetriedByTheClient() {
      Organization org = organization(ado.organization());
      ado.faults("{\"outage\": {\"status\": 500, \"requests\": 1}}");

      assertThatThrownBy(() -> org.core().processes()).isInstanceOf(ServerErrorException.class);
      assertThat(ado.requests()).hasSize(1);
    }
  }

  @Nested
  class VersionNegotiation {

    @Test
    void stepsDownToTheServersVersionAndRemembersItForTheOrganization() {
      Admin.CreatedOrganization server = ado.server("6.0", true);

      Organization org = organization(server);
      org.core().processes();
      Organization again =
          client.organization(
              ado.url(server), PersonalAccessToken.of(server.user(EmulatedAdo.ALICE).pat()));
      again.core().processes();

      assertThat(ado.requests())
          .extracting(Logged::status, l -> l.query().replaceAll(".*api-version=", ""))
          .containsExactly(tuple(400, "7.1"), tuple(200, "6.0"), tuple(200, "6.0"));
      assertThat(again.apiVersion()).isEqualTo(ApiVersion.V6_0);
    }

    @Test
    void startsFromAVersionKnownFromAnEarlierSession() {
      Admin.CreatedOrganization server = ado.server("6.0", true);

      Organization org =
          client.organization(
              ado.url(server),
              PersonalAccessToken.of(server.user(EmulatedAdo.ALICE).pat()),
              ApiVersion.V6_0);
      org.core().processes();

      assertThat(ado.requests())
          .singleElement()
          .satisfies(l -> assertThat(l.query()).endsWith("api-version=6.0"));
    }

    @Test
    void aFeatureTheServerVersionLacksFailsClearlyWithoutARequest() {
      Organization org = organization(ado.server("5.0", true));
      org.core().processes();
      int sent = ado.requests().size();

      assertThatThrownBy(() -> org.workItems().comments("P", 1).toList())
          .isInstanceOf(UnsupportedFeatureException.class)
          .hasMessageContaining("work item comments needs api-version 5.1")
          .hasMessageContaining("supports 5.0");
      assertThat(ado.requests()).hasSize(sent);
    }
  }
}
