package dev.adolink.server.integration;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.transport.Sleeper;
import dev.adolink.server.system.StoredGauges;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AzureProperties.class)
class AzureConfiguration {

  /**
   * The one client of the server: every installation's {@code Organization} shares its
   * per-organization state (rate-limit gate, negotiated version, concurrency limit). Tests supply a
   * {@link Sleeper} that advances their clock.
   */
  @Bean
  AdoCallMetrics adoCallMetrics(MeterRegistry registry, StoredGauges gauges, JdbcClient jdbc) {
    return new AdoCallMetrics(registry, gauges, jdbc);
  }

  @Bean
  AzureDevOps azureDevOps(
      AzureProperties properties,
      Clock clock,
      ObjectProvider<Sleeper> sleeper,
      AdoCallMetrics metrics,
      SharedRateLimits sharedRateLimits) {
    return AzureDevOps.builder()
        .observer(metrics)
        .sharedGate(sharedRateLimits)
        .allowInsecureUrls(properties.allowInsecureUrls())
        .globalUrl(properties.vsspsUrl().toString())
        .clock(clock)
        .maxConcurrentRequestsPerOrganization(properties.maxConcurrentRequests())
        .sleeper(sleeper.getIfAvailable(() -> Sleeper.SYSTEM))
        .build();
  }
}
