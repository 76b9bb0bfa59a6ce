package dev.adolink.azure.hooks;

import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Transport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class HttpHooksApi implements HooksApi {

  private static final String SUBSCRIPTIONS = "_apis/hooks/subscriptions";

  private final Transport transport;

  HttpHooksApi(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Subscription create(SubscriptionRequest request) {
    return transport.send(
        ApiCall.post(SUBSCRIPTIONS).body(request.body()).build(), Subscription.class);
  }

  @Override
  public Optional<Subscription> get(String subscriptionId) {
    try {
      return Optional.of(
          transport.send(
              ApiCall.get(SUBSCRIPTIONS + "/{}", subscriptionId).build(), Subscription.class));
    } catch (NotFoundException deleted) {
      return Optional.empty();
    }
  }

  @Override
  public List<Subscription> list(@Nullable String eventType) {
    return transport.sendList(
        ApiCall.get(SUBSCRIPTIONS).query("eventType", eventType).build(), Subscription.class);
  }

  @Override
  public Subscription replace(String subscriptionId, SubscriptionRequest request) {
    Map<String, Object> body = new LinkedHashMap<>(request.body());
    body.put("id", subscriptionId);
    return transport.send(
        ApiCall.put(SUBSCRIPTIONS + "/{}", subscriptionId).body(body).build(), Subscription.class);
  }

  @Override
  public void delete(String subscriptionId) {
    transport.run(ApiCall.delete(SUBSCRIPTIONS + "/{}", subscriptionId).build());
  }
}
