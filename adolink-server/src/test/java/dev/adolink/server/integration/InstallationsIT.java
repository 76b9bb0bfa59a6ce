package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.Organization;
import dev.adolink.azure.core.Project;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.MutableClock;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.system.ApiException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The facade other features use, and how their jobs wait for a re-authorization. */
@AdolinkIT
class InstallationsIT {

  @Autowired Installations installations;
  @Autowired IntegrationFixtures integrations;
  @Autowired TrackerFixtures tracker;
  @Autowired TestApi api;
  @Autowired AdoEmulator emulator;
  @Autowired Jobs jobs;
  @Autowired DueJobs dueJobs;
  @Autowired ProjectNamesJob projectNames;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  long organizationId(Installed installed) {
    return installations.find(installed.id()).orElseThrow().organizationId();
  }

  void enqueueProjectNames(Installed installed) {
    transactions.executeWithoutResult(
        status ->
            jobs.enqueue(
                ProjectNamesJob.TYPE,
                "projects-" + installed.id(),
                new ProjectNamesJob.Payload(installed.id())));
  }

  long pendingJobs(Installed installed) {
    return jdbc.sql("select count(*) from scheduled_tasks where task_instance = :key")
        .param("key", "projects-" + installed.id())
        .query(Long.class)
        .single();
  }

  @Nested
  class LookingUp {

    @Test
    void findsAnInstallationOnlyInItsOwnOrganization() {
      Installed installed = integrations.installed();
      long org = organizationId(installed);

      Installation found = installations.require(org, installed.id());

      assertThat(found.adoOrganizationId()).isEqualTo(installed.ado().id());
      assertThat(found.baseUrl()).isEqualTo(installed.ado().url());
      assertThat(found.status()).isEqualTo(Installation.Status.ACTIVE);
      assertThat(installations.ofOrganization(org)).containsExactly(found);
      assertThatThrownBy(() -> installations.require(org + 1_000_000, installed.id()))
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("not found");
      assertThat(installations.find(org + 1_000_000, installed.id())).isEmpty();
    }

    @Test
    void findsEveryInstallationOfAnAzureDevOpsOrganization() {
      Installed first = integrations.installed();
      Installed second = integrations.install(tracker.organization(), first.ado());

      assertThat(installations.byAdoOrganizationId(first.ado().id().toUpperCase()))
          .extracting(Installation::id)
          .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void forgetsAnUninstalledInstallation() {
      Installed installed = integrations.installed();
      api.delete(installed.path(), installed.org().owner().token());

      assertThat(installations.find(installed.id())).isEmpty();
      assertThat(installations.byAdoOrganizationId(installed.ado().id())).isEmpty();
    }
  }

  @Nested
  class CallingAzureDevOps {

    @Test
    void givesAClientWithTheInstallationsCredentialsSharedAcrossCalls() {
      Installed installed = integrations.installed();
      Installation installation = installations.find(installed.id()).orElseThrow();

      Organization client = installations.client(installation);

      assertThat(client.core().projects().stream().map(Project::name))
          .containsExactlyInAnyOrderElementsOf(IntegrationFixtures.PROJECTS);
      assertThat(installations.client(installed.id())).isSameAs(client);
    }

    @Test
    void aPausedInstallationGivesNoClient() {
      Installed installed = integrations.installed();
      Installation installation = installations.find(installed.id()).orElseThrow();

      InstallationPausedException paused = installations.pause(installation, "testing a pause");

      assertThat(paused.installationId()).isEqualTo(installed.id());
      assertThatThrownBy(() -> installations.client(installed.id()))
          .isInstanceOf(InstallationPausedException.class)
          .hasMessageContaining("testing a pause");
      JsonNode json = integrations.get(installed);
      assertThat(json.get("status").asString()).isEqualTo("needs_reauth");
      assertThat(json.get("pausedReason").asString()).isEqualTo("testing a pause");
    }
  }

  @Nested
  class WhenAzureDevOpsRejectsThePersonalAccessToken {

    @Test
    void jobsWaitWithoutFailingAndResumeAfterANewTokenIsGiven() {
      Installed installed = integrations.installed();
      emulator.revokePat(installed.ado().owner().pat());
      enqueueProjectNames(installed);

      dueJobs.run();

      assertThat(projectNames.of(installed.id())).isEmpty();
      assertThat(pendingJobs(installed)).isEqualTo(1);
      assertThat(jobs.failed(1000)).noneMatch(f -> f.key().equals("projects-" + installed.id()));
      JsonNode paused = integrations.get(installed);
      assertThat(paused.get("status").asString()).isEqualTo("needs_reauth");
      assertThat(paused.get("pausedReason").asString())
          .contains("rejected the personal access token");

      clock.advance(Duration.ofMinutes(16));
      dueJobs.run();
      // a second wait: more runs than the job type's two attempts, yet still pending, not failed
      assertThat(pendingJobs(installed)).isEqualTo(1);

      String newPat = newPat(installed);
      TestApi.Response reauthorized =
          api.put(installed.path(), installed.org().owner().token(), Map.of("pat", newPat));
      assertThat(reauthorized.status()).as(reauthorized.body()).isEqualTo(200);
      assertThat(reauthorized.json().get("status").asString()).isEqualTo("active");

      clock.advance(Duration.ofMinutes(16));
      dueJobs.run();

      assertThat(projectNames.of(installed.id()))
          .containsExactlyInAnyOrderElementsOf(IntegrationFixtures.PROJECTS);
      assertThat(pendingJobs(installed)).isZero();
    }

    @Test
    void aTokenOfAnotherOrganizationDoesNotReauthorize() {
      Installed installed = integrations.installed();
      IntegrationFixtures.AdoOrg other = integrations.adoOrganization();

      TestApi.Response response =
          api.put(
              installed.path(),
              installed.org().owner().token(),
              Map.of("organizationUrl", other.url(), "pat", other.owner().pat()));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("organizationUrl")).contains("not " + installed.ado().name());
    }

    String newPat(Installed installed) {
      return emulator.issuePat(installed.ado().owner().email(), installed.ado().name());
    }
  }
}
