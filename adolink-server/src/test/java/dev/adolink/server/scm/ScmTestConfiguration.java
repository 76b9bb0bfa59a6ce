package dev.adolink.server.scm;

import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.TestApi;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Source code test support for the shared IT context: {@link ScmFixtures}. */
@TestConfiguration(proxyBeanMethods = false)
public class ScmTestConfiguration {

  @Bean
  ScmFixtures scmFixtures(TestApi api, IntegrationFixtures integrations, DueJobs dueJobs) {
    return new ScmFixtures(api, integrations, dueJobs);
  }
}
