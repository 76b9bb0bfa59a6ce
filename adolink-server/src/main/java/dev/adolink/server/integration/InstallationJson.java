package dev.adolink.server.integration;

import dev.adolink.server.integration.InstallationRepository.Row;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An installation in the API. {@code externalId} is the ADO organization id, {@code domainName} its
 * base URL (Sentry's names); {@code subscription} is the {@code workitem.updated} one, as in
 * Sentry, {@code subscriptions} all of them.
 */
public record InstallationJson(
    long id,
    String provider,
    String name,
    String externalId,
    String domainName,
    String authKind,
    String status,
    @Nullable String pausedReason,
    @Nullable Identity identity,
    SubscriptionJson subscription,
    List<SubscriptionJson> subscriptions,
    Health health,
    Instant createdAt) {

  public record Identity(@Nullable String descriptor, @Nullable String name) {}

  public record SubscriptionJson(
      @Nullable String id,
      String eventType,
      String status,
      @Nullable Instant checkedAt,
      @Nullable Instant repairedAt) {}

  /**
   * @param checkedAt the last health check
   * @param error why it failed, when it did
   */
  public record Health(@Nullable Instant checkedAt, @Nullable String error) {}

  static InstallationJson of(Row row, List<SubscriptionRepository.Row> subscriptionRows) {
    Installation installation = row.installation();
    List<SubscriptionJson> subscriptions =
        SubscriptionKeeper.EVENT_TYPES.stream()
            .map(
                type ->
                    subscriptionRows.stream()
                        .filter(s -> s.eventType().equals(type))
                        .findFirst()
                        .map(
                            s ->
                                new SubscriptionJson(
                                    s.adoSubscriptionId(),
                                    type,
                                    s.status(),
                                    s.checkedAt(),
                                    s.repairedAt()))
                        .orElse(new SubscriptionJson(null, type, "missing", null, null)))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    // the optional ones (deploys from pipelines) while they exist
    subscriptionRows.stream()
        .filter(s -> SubscriptionKeeper.PIPELINE_EVENT_TYPES.containsKey(s.eventType()))
        .forEach(
            s ->
                subscriptions.add(
                    new SubscriptionJson(
                        s.adoSubscriptionId(),
                        s.eventType(),
                        s.status(),
                        s.checkedAt(),
                        s.repairedAt())));
    return new InstallationJson(
        installation.id(),
        "vsts",
        installation.name(),
        installation.adoOrganizationId(),
        installation.baseUrl(),
        installation.authKind().wire(),
        installation.status().wire(),
        installation.pausedReason(),
        row.identityDescriptor() == null && row.identityName() == null
            ? null
            : new Identity(row.identityDescriptor(), row.identityName()),
        subscriptions.get(0),
        subscriptions,
        new Health(row.healthCheckedAt(), row.healthError()),
        installation.createdAt());
  }
}
