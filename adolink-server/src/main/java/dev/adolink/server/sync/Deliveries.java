package dev.adolink.server.sync;

import dev.adolink.server.integration.Installation;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the webhook intake received for an installation, for the UI: its deliveries and the
 * rejections naming its ADO organization, newest first (the API's {@code GET .../deliveries/}).
 */
@Service
public class Deliveries {

  private final Inbox inbox;

  Deliveries(Inbox inbox) {
    this.inbox = inbox;
  }

  public List<Inbox.Entry> recent(Installation installation, int limit) {
    return inbox.of(installation.id(), installation.adoOrganizationId(), null, limit);
  }
}
