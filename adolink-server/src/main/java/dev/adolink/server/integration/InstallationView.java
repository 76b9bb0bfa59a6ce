package dev.adolink.server.integration;

import dev.adolink.server.integration.InstallationRepository.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An installation as owners and managers see it: what {@link InstallationAdmin} answers the API
 * (which writes it as {@link InstallationJson}) and the pages alike.
 *
 * @param identity who its credentials act as, when known
 * @param subscriptions the service hooks it needs ({@code workitem.updated} first; {@code missing}
 *     when not made yet), then the optional pipeline ones while they exist
 */
public record InstallationView(
    Installation installation,
    @Nullable Identity identity,
    List<Subscription> subscriptions,
    Health health) {

  public record Identity(@Nullable String descriptor, @Nullable String name) {}

  /**
   * @param adoId the subscription's id in ADO, null while missing
   */
  public record Subscription(
      @Nullable String adoId,
      String eventType,
      String status,
      @Nullable Instant checkedAt,
      @Nullable Instant repairedAt) {}

  /**
   * @param checkedAt the last health check
   * @param error why it failed, when it did
   */
  public record Health(@Nullable Instant checkedAt, @Nullable String error) {}

  public InstallationView {
    subscriptions = List.copyOf(subscriptions);
  }

  public long id() {
    return installation.id();
  }

  public String name() {
    return installation.name();
  }

  /** The ADO organization's URL. */
  public String baseUrl() {
    return installation.baseUrl();
  }

  public AuthKind authKind() {
    return installation.authKind();
  }

  public Installation.Status status() {
    return installation.status();
  }

  public @Nullable String pausedReason() {
    return installation.pausedReason();
  }

  public Instant createdAt() {
    return installation.createdAt();
  }

  static InstallationView of(Row row, List<SubscriptionRepository.Row> subscriptionRows) {
    List<Subscription> subscriptions = new ArrayList<>();
    for (String type : SubscriptionKeeper.EVENT_TYPES) {
      subscriptions.add(
          subscriptionRows.stream()
              .filter(s -> s.eventType().equals(type))
              .findFirst()
              .map(InstallationView::subscription)
              .orElse(new Subscription(null, type, "missing", null, null)));
    }
    // the optional ones (deploys from pipelines) while they exist
    subscriptionRows.stream()
        .filter(s -> SubscriptionKeeper.PIPELINE_EVENT_TYPES.containsKey(s.eventType()))
        .forEach(s -> subscriptions.add(subscription(s)));
    return new InstallationView(
        row.installation(),
        row.identityDescriptor() == null && row.identityName() == null
            ? null
            : new Identity(row.identityDescriptor(), row.identityName()),
        subscriptions,
        new Health(row.healthCheckedAt(), row.healthError()));
  }

  private static Subscription subscription(SubscriptionRepository.Row s) {
    return new Subscription(
        s.adoSubscriptionId(), s.eventType(), s.status(), s.checkedAt(), s.repairedAt());
  }
}
