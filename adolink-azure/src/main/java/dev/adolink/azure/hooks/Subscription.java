package dev.adolink.azure.hooks;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service hook subscription as ADO stores it. ADO masks confidential consumer inputs ({@code
 * basicAuthPassword}) as {@code ********}; {@code toString()} leaves out every consumer input,
 * since {@code httpHeaders} usually carries a shared secret.
 */
public record Subscription(
    String id,
    @Nullable String url,
    SubscriptionStatus status,
    @Nullable String publisherId,
    @Nullable String eventType,
    @Nullable String resourceVersion,
    @Nullable String consumerId,
    @Nullable String consumerActionId,
    Map<String, String> publisherInputs,
    Map<String, String> consumerInputs,
    @Nullable Instant createdDate,
    @Nullable Instant modifiedDate,
    int probationRetries) {

  public Subscription {
    status = status == null ? SubscriptionStatus.ENABLED : status;
    publisherInputs = publisherInputs == null ? Map.of() : Map.copyOf(publisherInputs);
    consumerInputs = consumerInputs == null ? Map.of() : Map.copyOf(consumerInputs);
  }

  @Override
  public String toString() {
    return "Subscription[id="
        + id
        + ", status="
        + status
        + ", eventType="
        + eventType
        + ", publisherInputs="
        + publisherInputs
        + ", consumerInputs="
        + consumerInputs.keySet()
        + "]";
  }
}
