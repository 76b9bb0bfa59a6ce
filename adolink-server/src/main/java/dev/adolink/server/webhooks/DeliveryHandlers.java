package dev.adolink.server.webhooks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** Every {@link DeliveryHandler} bean by the event types it declares (looked up on first use). */
@Component
class DeliveryHandlers {

  private final SingletonSupplier<Map<String, List<DeliveryHandler>>> byEventType;

  DeliveryHandlers(ObjectProvider<DeliveryHandler> handlers) {
    this.byEventType =
        SingletonSupplier.of(
            () -> {
              Map<String, List<DeliveryHandler>> map = new HashMap<>();
              handlers
                  .orderedStream()
                  .forEach(
                      handler ->
                          handler
                              .eventTypes()
                              .forEach(
                                  type ->
                                      map.computeIfAbsent(type, t -> new ArrayList<>())
                                          .add(handler)));
              map.replaceAll((type, list) -> List.copyOf(list));
              return Map.copyOf(map);
            });
  }

  List<DeliveryHandler> of(String eventType) {
    return byEventType.obtain().getOrDefault(eventType, List.of());
  }

  boolean handles(String eventType) {
    return byEventType.obtain().containsKey(eventType);
  }
}
