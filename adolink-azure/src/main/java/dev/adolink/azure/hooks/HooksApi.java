package dev.adolink.azure.hooks;

import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Service hook subscriptions of one organization. */
public interface HooksApi {

  static HooksApi over(Transport transport) {
    return new HttpHooksApi(transport);
  }

  Subscription create(SubscriptionRequest request);

  /** The subscription, or empty when it was deleted. */
  Optional<Subscription> get(String subscriptionId);

  /** Subscriptions, optionally only those of one event type ({@code null}: all). */
  List<Subscription> list(@Nullable String eventType);

  /** Replaces a subscription's definition (it does not revive a {@code disabledBySystem} one). */
  Subscription replace(String subscriptionId, SubscriptionRequest request);

  void delete(String subscriptionId);
}
