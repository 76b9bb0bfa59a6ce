package dev.adolink.server.support;

import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.jobs.JobsTestConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** The beans every {@link AdolinkIT} can autowire. */
@TestConfiguration(proxyBeanMethods = false)
@Import(JobsTestConfiguration.class)
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
}
