package dev.adolink.emulator.control;

import java.util.List;
import java.util.UUID;

/**
 * The service hook deliveries made so far, for {@code GET /_emulator/deliveries}. The service hook
 * feature implements it; until then {@link #NONE} answers an empty list.
 */
public interface DeliveryLog {

  /** One notification (one event to one subscription) with its attempts so far. */
  record Delivery(
      UUID subscriptionId,
      long notificationId,
      UUID eventId,
      String eventType,
      String url,
      int attempts,
      Integer lastStatus) {}

  DeliveryLog NONE = List::of;

  List<Delivery> deliveries();
}
