package dev.adolink.server.webhooks;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.system.LogFields;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes one stored delivery: hands it to every handler of its event type, then marks it
 * processed. A delivery that is no longer {@code received} (processed before a crash, say) is left
 * alone; handlers are idempotent for the case in between.
 */
@Component
class DeliveryJob implements Job<DeliveryJob.Payload> {

  record Payload(long deliveryId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "sync.delivery",
          Payload.class,
          10,
          Backoff.exponential(Duration.ofSeconds(30), Duration.ofHours(2)));

  private final Inbox inbox;
  private final Installations installations;
  private final DeliveryHandlers handlers;
  private final JsonMapper json;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  DeliveryJob(
      Inbox inbox,
      Installations installations,
      DeliveryHandlers handlers,
      JsonMapper json,
      DeliveryMetrics metrics,
      Clock clock) {
    this.inbox = inbox;
    this.installations = installations;
    this.handlers = handlers;
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
  }

  static String key(long deliveryId) {
    return "delivery-" + deliveryId;
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) throws Exception {
    Optional<Inbox.Stored> found = inbox.find(payload.deliveryId());
    if (found.isEmpty() || found.get().status() != Inbox.Status.RECEIVED) {
      return;
    }
    Inbox.Stored stored = found.get();
    Optional<Installation> installation = installations.find(stored.installationId());
    if (installation.isEmpty()) {
      inbox.finish(
          stored.id(), Inbox.Status.IGNORED, "the installation was removed", clock.instant());
      return;
    }
    List<DeliveryHandler> targets = handlers.of(stored.eventType());
    Delivery delivery =
        new Delivery(
            stored.id(),
            installation.get(),
            stored.eventType(),
            json.readTree(stored.body()),
            stored.body(),
            stored.at());
    try (var fields = LogFields.open().put(LogFields.INSTALLATION, stored.installationId())) {
      for (DeliveryHandler handler : targets) {
        handler.handle(delivery);
      }
    }
    inbox.finish(
        stored.id(),
        targets.isEmpty() ? Inbox.Status.IGNORED : Inbox.Status.PROCESSED,
        targets.isEmpty() ? "no handler for " + stored.eventType() : null,
        clock.instant());
    if (!targets.isEmpty()) {
      metrics.applied(stored.eventType(), stored.at());
    }
  }
}
