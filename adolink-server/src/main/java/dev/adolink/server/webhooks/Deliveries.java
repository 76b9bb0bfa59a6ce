package dev.adolink.server.webhooks;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.system.ApiException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What owners and managers see of an installation's webhook deliveries, for the API and the UI
 * alike. Callers pass an installation already checked against the caller's organization.
 */
@Service
public class Deliveries {

  public static final List<String> STATUSES =
      List.of(Inbox.RECEIVED, Inbox.PROCESSED, Inbox.IGNORED, Inbox.REJECTED);

  private final Inbox inbox;

  Deliveries(Inbox inbox) {
    this.inbox = inbox;
  }

  /**
   * Deliveries of the installation and rejections naming its ADO organization, newest first.
   *
   * @param status {@code received}, {@code processed}, {@code ignored}, {@code rejected} or null
   */
  public List<Inbox.Entry> of(Installation installation, @Nullable String status, int limit) {
    if (status != null && !STATUSES.contains(status)) {
      throw ApiException.invalid("status", "must be one of " + String.join(", ", STATUSES));
    }
    return inbox.of(installation.id(), installation.adoOrganizationId(), status, limit);
  }
}
