package dev.adolink.server.support;

import dev.adolink.azure.transport.Sleeper;
import dev.adolink.emulator.AdoEmulator;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.ProjectNamesJob;
import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.jobs.JobsTestConfiguration;
import dev.adolink.server.scm.ScmTestConfiguration;
import dev.adolink.server.sync.SyncFixtures;
import dev.adolink.server.webhooks.RecordingDeliveryHandler;
import dev.adolink.server.workitems.RecordedLinkEvents;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** The beans every {@link AdolinkIT} can autowire. */
@TestConfiguration(proxyBeanMethods = false)
@Import({JobsTestConfiguration.class, ScmTestConfiguration.class})
public class TestSupportConfiguration {

  @Bean
  @Primary
  MutableClock testClock() {
    return MutableClock.startingNow();
  }

  @Bean
  TestApi testApi(Environment environment) {
    return new TestApi(() -> environment.getRequiredProperty("local.server.port", Integer.class));
  }

  @Bean
  RecordedEvents recordedEvents() {
    return new RecordedEvents();
  }

  @Bean
  StatusChangeJobs statusChangeJobs(Jobs jobs) {
    return new StatusChangeJobs(jobs);
  }

  @Bean
  TrackerFixtures trackerFixtures(TestApi api) {
    return new TrackerFixtures(api);
  }

  /** The JVM's emulator (started by {@link TestEmulator} with the first context). */
  @Bean(destroyMethod = "")
  AdoEmulator adoEmulator() {
    return TestEmulator.get();
  }

  @Bean
  IntegrationFixtures integrationFixtures(
      TestApi api, TrackerFixtures tracker, AdoEmulator emulator) {
    return new IntegrationFixtures(api, tracker, emulator);
  }

  /**
   * How the ADO client waits (Retry-After, throttling): it moves the server's clock and the
   * emulator's instead of sleeping.
   */
  @Bean
  Sleeper adoSleeper(MutableClock clock, AdoEmulator emulator) {
    return duration -> {
      clock.advance(duration);
      emulator.clock().advance(duration);
    };
  }

  @Bean
  RecordedLinkEvents recordedLinkEvents() {
    return new RecordedLinkEvents();
  }

  @Bean
  ProjectNamesJob projectNamesJob(Installations installations) {
    return new ProjectNamesJob(installations);
  }

  @Bean
  RecordingDeliveryHandler recordingDeliveryHandler() {
    return new RecordingDeliveryHandler();
  }

  @Bean
  SyncFixtures syncFixtures(
      TestApi api,
      TrackerFixtures tracker,
      IntegrationFixtures integrations,
      DueJobs dueJobs,
      Installations installations) {
    return new SyncFixtures(api, tracker, integrations, dueJobs, installations);
  }
}
