package dev.adolink.server.webhooks;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.system.ApiException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

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

  Deliveries(Inbox inbox) {
    this.inbox = inbox;
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
