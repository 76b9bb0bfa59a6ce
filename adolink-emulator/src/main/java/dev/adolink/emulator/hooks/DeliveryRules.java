package dev.adolink.emulator.hooks;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Store;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies {@link DeliveryPolicy} after an attempt: moves the subscription's status (under the
 * organization's lock) and decides what happens to the notification.
 */
final class DeliveryRules {

  /** What to do with the notification at the head of the subscription's queue. */
  enum Kind {
    DONE,
    RETRY,
    DROP_ALL
  }

  record Decision(Kind kind, Notification.Result result, Instant retryAt, boolean fast) {
    static Decision done(Notification.Result result) {
      return new Decision(Kind.DONE, result, null, false);
    }

    static Decision retry(Instant at, boolean fast) {
      return new Decision(Kind.RETRY, Notification.Result.PENDING, at, fast);
    }

    static final Decision DROP_ALL =
        new Decision(Kind.DROP_ALL, Notification.Result.FAILED, null, false);
  }

  private DeliveryRules() {}

  static Decision decide(Store store, Clock clock, Notification n, Integer status) {
    Organization org = store.organization(n.organizationId).orElse(null);
    if (org == null) {
      return Decision.DROP_ALL;
    }
    return org.write(
        () -> {
          Subscription s = HooksState.of(org).subscriptions.get(n.subscriptionId);
          if (s == null || !s.status.delivers()) {
            return Decision.DROP_ALL;
          }
          Instant now = clock.instant();
          DeliveryPolicy.Outcome outcome = DeliveryPolicy.outcome(status);
          switch (outcome) {
            case SUCCESS -> {
              if (s.status == SubscriptionStatus.ON_PROBATION) {
                s.status = SubscriptionStatus.ENABLED;
                s.probationRetries = 0;
                s.modifiedDate = now;
              }
              return Decision.done(Notification.Result.SUCCEEDED);
            }
            case GONE -> {
              disable(s, now);
              return Decision.DROP_ALL;
            }
            case TRANSIENT -> {
              if (s.status == SubscriptionStatus.ENABLED
                  && n.fastRetries < DeliveryPolicy.FAST_RETRIES.size()) {
                return Decision.retry(
                    now.plus(DeliveryPolicy.FAST_RETRIES.get(n.fastRetries)), true);
              }
              return probation(s, now);
            }
            default -> {
              return probation(s, now);
            }
          }
        });
  }

  /** An enduring failure: probation, a longer wait each time, then disabled. */
  private static Decision probation(Subscription s, Instant now) {
    if (s.status == SubscriptionStatus.ENABLED) {
      s.status = SubscriptionStatus.ON_PROBATION;
      s.probationRetries = 0;
    } else {
      s.probationRetries++;
    }
    s.lastProbationRetryDate = now;
    s.modifiedDate = now;
    if (s.probationRetries >= DeliveryPolicy.PROBATION_RETRIES.size()) {
      disable(s, now);
      return Decision.DROP_ALL;
    }
    return Decision.retry(
        now.plus(DeliveryPolicy.PROBATION_RETRIES.get(s.probationRetries)), false);
  }

  private static void disable(Subscription s, Instant now) {
    s.status = SubscriptionStatus.DISABLED_BY_SYSTEM;
    s.modifiedDate = now;
  }
}
