package dev.adolink.azure.hooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What to subscribe to and where to deliver it, for create and replace. Built for the {@code
 * webHooks}/{@code httpRequest} consumer:
 *
 * <pre>{@code
 * SubscriptionRequest.webHook("workitem.updated", "https://adolink.example/extensions/vsts/issue-updated/")
 *     .header("shared-secret", secret)
 *     .projectId(projectId)     // leave out for an organization-wide subscription
 *     .build();
 * }</pre>
 *
 * The resource version is always explicit ({@code 1.0} by default): without one ADO sends the
 * latest released version and the payload may change.
 */
public final class SubscriptionRequest {

  private final Map<String, Object> body;

  private SubscriptionRequest(Map<String, Object> body) {
    this.body = body;
  }

  public static Builder webHook(String eventType, String url) {
    return new Builder(eventType, url);
  }

  Map<String, Object> body() {
    return body;
  }

  @Override
  public String toString() {
    return "SubscriptionRequest[eventType=" + body.get("eventType") + "]";
  }

  public static final class Builder {
    private final String eventType;
    private final Map<String, String> publisherInputs = new LinkedHashMap<>();
    private final Map<String, String> consumerInputs = new LinkedHashMap<>();
    private final StringJoiner headers = new StringJoiner("\n");
    private String resourceVersion = "1.0";
    private String publisherId = "tfs";

    private Builder(String eventType, String url) {
      this.eventType = Objects.requireNonNull(eventType);
      consumerInputs.put("url", Objects.requireNonNull(url));
      consumerInputs.put("resourceDetailsToSend", "all");
      consumerInputs.put("messagesToSend", "none");
      consumerInputs.put("detailedMessagesToSend", "none");
    }

    /** A header sent with every delivery ({@code Key:value}; no line breaks). */
    public Builder header(String name, String value) {
      if ((name + value).contains("\n") || name.contains(":")) {
        throw new IllegalArgumentException("a header name and value must be single-line");
      }
      headers.add(name + ":" + value);
      return this;
    }

    /** Basic auth on deliveries (ADO requires an https URL for it). */
    public Builder basicAuth(String username, String password) {
      consumerInputs.put("basicAuthUsername", username);
      consumerInputs.put("basicAuthPassword", password);
      return this;
    }

    /** Only events of this project; without it the subscription covers the organization. */
    public Builder projectId(String projectId) {
      return publisherInput("projectId", projectId);
    }

    /** A filter such as {@code workItemType}, {@code areaPath}, {@code changedFields}. */
    public Builder publisherInput(String name, String value) {
      publisherInputs.put(name, value);
      return this;
    }

    public Builder consumerInput(String name, String value) {
      consumerInputs.put(name, value);
      return this;
    }

    /**
     * {@code tfs} (work items, code) by default; {@code rm} for classic releases, {@code
     * pipelines}.
     */
    public Builder publisher(String publisherId) {
      this.publisherId = Objects.requireNonNull(publisherId);
      return this;
    }

    public Builder resourceVersion(String version) {
      this.resourceVersion = Objects.requireNonNull(version);
      return this;
    }

    public SubscriptionRequest build() {
      Map<String, String> consumer = new LinkedHashMap<>(consumerInputs);
      if (headers.length() > 0) {
        consumer.put("httpHeaders", headers.toString());
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("publisherId", publisherId);
      body.put("eventType", eventType);
      body.put("resourceVersion", resourceVersion);
      body.put("consumerId", "webHooks");
      body.put("consumerActionId", "httpRequest");
      body.put("publisherInputs", Map.copyOf(publisherInputs));
      body.put("consumerInputs", consumer);
      return new SubscriptionRequest(body);
    }
  }
}
