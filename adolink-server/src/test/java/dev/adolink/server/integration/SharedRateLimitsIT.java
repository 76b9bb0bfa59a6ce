package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.azure.transport.Sleeper;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.system.Jdbc;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database: the other one is an ADO client of its own (nothing shared in
 * memory) that has only the database in common with the server, as a second process would.
 */
@AdolinkIT
class SharedRateLimitsIT {

  @Autowired IntegrationFixtures integrations;
  @Autowired Installations installations;
  @Autowired AdoEmulator emulator;
  @Autowired SharedRateLimits sharedRateLimits;
  @Autowired MutableClock clock;
  @Autowired Sleeper sleeper;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clearFaults() {
    emulator.faults(FaultSettings.none());
  }

  @Test
  void aRetryAfterOneInstanceWasGivenHoldsTheOtherUntilItRunsOut() throws Exception {
    Installed installed = integrations.installed();
    Organization here = installations.client(installations.find(installed.id()).orElseThrow());
    Organization there =
        AzureDevOps.builder()
            .allowInsecureUrls(true)
            .clock(clock)
            .sleeper(sleeper)
            .sharedGate(sharedRateLimits)
            .build()
            .organization(
                installed.ado().url(), PersonalAccessToken.of(installed.ado().owner().pat()));
    emulator.faults(
        new FaultSettings(
            0,
            Optional.of(new FaultSettings.Throttle(FaultSettings.Mode.BLOCK, 300, 0, false, 0)),
            Optional.empty()));

    assertThatThrownBy(() -> here.core().processes()).isInstanceOf(RateLimitedException.class);
    long mark = lastRequest();
    emulator.faults(FaultSettings.none());

    assertThatThrownBy(() -> there.core().processes())
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(290)));
    assertThat(requestsSince(mark, installed)).isEmpty();

    sleeper.sleep(Duration.ofSeconds(301));

    assertThat(there.core().processes()).isNotEmpty();
    assertThat(requestsSince(mark, installed)).extracting(RequestLog.Entry::status).contains(200);
  }

  @Test
  void aHoldAnotherInstanceWroteIsSeenOnceWhatWasReadIsASecondOld() {
    String organization = "https://dev.azure.com/elsewhere-" + UUID.randomUUID();
    assertThat(sharedRateLimits.notBefore(organization)).isEqualTo(Instant.EPOCH);
    Instant until = clock.instant().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
    jdbc.sql(
            "insert into ado_rate_limit_holds (organization_url, not_before) values (:org, :until)")
        .param("org", organization)
        .param("until", Jdbc.timestamp(until))
        .update();

    assertThat(sharedRateLimits.notBefore(organization)).isEqualTo(Instant.EPOCH);
    clock.advance(SharedRateLimits.FRESH);
    assertThat(sharedRateLimits.notBefore(organization)).isEqualTo(until);
  }

  private long lastRequest() {
    List<RequestLog.Entry> all = emulator.requests(0);
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  private List<RequestLog.Entry> requestsSince(long mark, Installed installed) {
    String segment = "/" + installed.ado().name() + "/";
    return emulator.requests(mark).stream()
        .filter(entry -> entry.path().contains(segment))
        .toList();
  }
}
