package dev.adolink.azure.hooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A subscription's health. ADO sends the names ({@code onProbation}); the numbers of the enum
 * ({@code 10}) are read too. A subscription without a status is {@link #ENABLED}.
 */
public enum SubscriptionStatus {
  ENABLED("enabled", 0),
  /** Deliveries failed; ADO retries with long waits and disables it after the last one. */
  ON_PROBATION("onProbation", 10),
  DISABLED_BY_USER("disabledByUser", 20),
  /** Disabled after a 410 or the last probation retry; a replace does not revive it. */
  DISABLED_BY_SYSTEM("disabledBySystem", 30),
  /** The owner left the project or lost permissions. */
  DISABLED_BY_INACTIVE_IDENTITY("disabledByInactiveIdentity", 40),
  UNKNOWN("unknown", -1);

  private final String wire;
  private final int number;

  SubscriptionStatus(String wire, int number) {
    this.wire = wire;
    this.number = number;
  }

  @JsonCreator
  static SubscriptionStatus read(@Nullable Object value) {
    if (value == null) {
      return ENABLED;
    }
    String text = value.toString().trim();
    for (SubscriptionStatus status : values()) {
      if (status.wire.equalsIgnoreCase(text)
          || status.name().equals(text.toUpperCase(Locale.ROOT))
          || String.valueOf(status.number).equals(text)) {
        return status;
      }
    }
    return UNKNOWN;
  }

  public boolean isDisabled() {
    return this == DISABLED_BY_USER
        || this == DISABLED_BY_SYSTEM
        || this == DISABLED_BY_INACTIVE_IDENTITY;
  }
}
