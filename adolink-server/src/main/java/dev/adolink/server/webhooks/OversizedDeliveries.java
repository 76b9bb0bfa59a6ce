package dev.adolink.server.webhooks;

import dev.adolink.server.integration.ServiceHooks;
import dev.adolink.server.integration.WebhookSecrets;
import dev.adolink.server.integration.WebhookSecrets.Identified;
import dev.adolink.server.system.RequestBodyTooLarge;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a delivery that the server's size limit answered 413 among the rejected ones. Its body was
 * not read (so its ADO organization is unknown): the {@code shared-secret} header alone says which
 * installation it was for, and without a known secret it is kept unattributed ({@code GET
 * /api/0/webhooks/rejected/}).
 */
@Component
class OversizedDeliveries {

  private static final Logger log = LoggerFactory.getLogger(OversizedDeliveries.class);

  private final WebhookSecrets secrets;
  private final Inbox inbox;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  OversizedDeliveries(WebhookSecrets secrets, Inbox inbox, DeliveryMetrics metrics, Clock clock) {
    this.secrets = secrets;
    this.inbox = inbox;
    this.metrics = metrics;
    this.clock = clock;
  }

  @EventListener
  void rejected(RequestBodyTooLarge request) {
    if (!"POST".equals(request.method()) || !ServiceHooks.PATH.equals(request.path())) {
      return;
    }
    metrics.tooLarge();
    // The 413 is already written: a failure to record it must not turn it into a 500.
    try {
      Optional<Identified> to =
          secrets.identify(request.headers().getFirst(ServiceHooks.SECRET_HEADER));
      inbox.reject(
          to.map(Identified::installationId).orElse(null),
          to.map(Identified::adoOrganizationId).orElse(null),
          null,
          413,
          "body over " + request.limit(),
          null,
          clock.instant());
    } catch (RuntimeException e) {
      log.warn("could not store a webhook delivery rejected for its size", e);
    }
  }
}
