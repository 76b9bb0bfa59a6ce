package dev.adolink.server.integration;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An installation in the API (written from an {@link InstallationView}). {@code externalId} is the
 * ADO organization id, {@code domainName} its base URL (Sentry's names); {@code subscription} is
 * the {@code workitem.updated} one, as in Sentry, {@code subscriptions} all of them.
 */
record InstallationJson(
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

  record Identity(@Nullable String descriptor, @Nullable String name) {}

  record SubscriptionJson(
      @Nullable String id,
      String eventType,
      String status,
      @Nullable Instant checkedAt,
      @Nullable Instant repairedAt) {}

  /**
   * @param checkedAt the last health check
   * @param error why it failed, when it did
   */
  record Health(@Nullable Instant checkedAt, @Nullable String error) {}

  static InstallationJson of(InstallationView view) {
    Installation installation = view.installation();
    List<SubscriptionJson> subscriptions =
        view.subscriptions().stream()
            .map(
                s ->
                    new SubscriptionJson(
                        s.adoId(), s.eventType(), s.status(), s.checkedAt(), s.repairedAt()))
            .toList();
    return new InstallationJson(
        installation.id(),
        "vsts",
        installation.name(),
        installation.adoOrganizationId(),
        installation.baseUrl(),
        installation.authKind().wire(),
        installation.status().wire(),
        installation.pausedReason(),
        view.identity() == null
            ? null
            : new Identity(view.identity().descriptor(), view.identity().name()),
        subscriptions.get(0),
        subscriptions,
        new Health(view.health().checkedAt(), view.health().error()),
        installation.createdAt());
  }
}
