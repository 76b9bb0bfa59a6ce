package dev.adolink.server.webhooks;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.system.ApiException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What owners and managers see of an installation's webhook deliveries, for the API and the UI
 * alike. Callers pass an installation already checked against the caller's organization.
 */
@Service
public class Deliveries {

  /** The statuses to filter by, as the API and the page name them. */
  public static final List<String> STATUSES =
      Arrays.stream(Inbox.Status.values()).map(Inbox.Status::wire).toList();

  private final Inbox inbox;
  private final DeliveryDrain drain;
  private final TransactionTemplate transactions;

  Deliveries(Inbox inbox, DeliveryDrain drain, TransactionTemplate transactions) {
    this.inbox = inbox;
    this.drain = drain;
    this.transactions = transactions;
  }

  /**
   * Applies a {@code failed} delivery again: it is received again with a fresh set of attempts and
   * its installation's drain is queued. It is applied like a late delivery (handlers read the
   * current state and skip what is stale).
   *
   * @return the delivery, received again
   */
  public Inbox.Entry retry(Installation installation, long deliveryId) {
    Inbox.Entry entry =
        inbox
            .entry(installation.id(), deliveryId)
            .orElseThrow(() -> ApiException.notFound("Delivery " + deliveryId + " not found"));
    Boolean again =
        transactions.execute(status -> inbox.receiveAgain(installation.id(), deliveryId));
    if (!Boolean.TRUE.equals(again)) {
      throw ApiException.badRequest(
          "Only a failed delivery can be retried; delivery "
              + deliveryId
              + " is "
              + inbox.entry(installation.id(), deliveryId).orElse(entry).status().wire()
              + ".");
    }
    drain.wake(installation.id());
    return inbox.entry(installation.id(), deliveryId).orElseThrow();
  }

  /**
   * Deliveries of the installation and rejections naming its ADO organization, newest first.
   *
   * @param status {@code received}, {@code processed}, {@code ignored}, {@code rejected} or null
   */
  public List<Inbox.Entry> of(Installation installation, @Nullable String status, int limit) {
    Inbox.Status only =
        status == null
            ? null
            : Inbox.Status.of(status)
                .orElseThrow(
                    () ->
                        ApiException.invalid(
                            "status", "must be one of " + String.join(", ", STATUSES)));
    return inbox.of(installation.id(), installation.adoOrganizationId(), only, limit);
  }
}
