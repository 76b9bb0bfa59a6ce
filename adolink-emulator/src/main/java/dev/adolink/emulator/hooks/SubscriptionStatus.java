package dev.adolink.emulator.hooks;

import java.util.Optional;

/** ADO's subscription statuses ({@code SubscriptionStatus}), with their JSON names. */
public enum SubscriptionStatus {
  ENABLED("enabled"),
  ON_PROBATION("onProbation"),
  DISABLED_BY_USER("disabledByUser"),
  DISABLED_BY_SYSTEM("disabledBySystem"),
  DISABLED_BY_INACTIVE_IDENTITY("disabledByInactiveIdentity");

  private final String wireName;

  SubscriptionStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Whether events reach the subscription's consumer in this status. */
  public boolean delivers() {
    return this == ENABLED || this == ON_PROBATION;
  }

  public static Optional<SubscriptionStatus> of(String wireName) {
    for (SubscriptionStatus status : values()) {
      if (status.wireName.equalsIgnoreCase(wireName)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
