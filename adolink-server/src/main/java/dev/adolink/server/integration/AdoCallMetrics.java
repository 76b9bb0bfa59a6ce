package dev.adolink.server.integration;

import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.transport.CallObserver;
import dev.adolink.server.system.StoredGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Azure DevOps metrics (see {@code docs/operations.md}): every request by installation, resource
 * area and status (429s included), the time the rate-limit gates held requests, and installations
 * by status. The installation label is the installation's id (their number is bounded by the
 * organizations connected; {@code none} for calls made before one exists, such as an install's
 * profile lookup).
 */
class AdoCallMetrics implements CallObserver {

  private static final String[] STATUSES = {"active", "needs_reauth", "installing"};

  private final MeterRegistry registry;

  AdoCallMetrics(MeterRegistry registry, StoredGauges gauges, JdbcClient jdbc) {
    this.registry = registry;
    StoredGauges.Source<String> installations =
        gauges.source("installations", () -> installationsByStatus(jdbc));
    for (String status : STATUSES) {
      installations.gauge(
          "adolink.installations",
          "Azure DevOps installations by status",
          null,
          Tags.of("status", status),
          status);
    }
  }

  @Override
  public void exchanged(
      String organization, String area, int status, Duration took, Credentials credentials) {
    Timer.builder("adolink.ado.requests")
        .description("Requests to Azure DevOps by installation, resource area and HTTP status")
        .tags(
            Tags.of(
                "installation",
                credentials instanceof InstallationCredentials installation
                    ? String.valueOf(installation.installationId())
                    : "none",
                "area",
                area,
                "status",
                status == 0 ? "io_error" : String.valueOf(status)))
        .register(registry)
        .record(took);
  }

  @Override
  public void waited(String organization, Duration wait) {
    Timer.builder("adolink.ado.throttle.wait")
        .description(
            "Time requests were held by an organization's rate-limit gate (Retry-After, pacing)")
        .tag("organization", organization)
        .register(registry)
        .record(wait);
  }

  private static Map<String, Double> installationsByStatus(JdbcClient jdbc) {
    Map<String, Double> counts = new HashMap<>();
    jdbc.sql("select status, count(*) as n from integrations group by status")
        .query(
            (RowCallbackHandler)
                rs -> counts.put(rs.getString("status"), (double) rs.getLong("n")));
    return counts;
  }
}
