package dev.adolink.emulator.hooks;

import dev.adolink.emulator.http.WireEnum;

/**
 * The enums service hook requests take, with the numbers of {@code
 * Microsoft.VisualStudio.Services.ServiceHooks.WebApi} and {@code FormInput}.
 */
final class HookEnums {

  /** A subscription's {@code status}. */
  static final WireEnum SUBSCRIPTION_STATUS =
      WireEnum.of(
          "SubscriptionStatus",
          "enabled",
          0,
          "onProbation",
          10,
          "disabledByUser",
          20,
          "disabledBySystem",
          30,
          "disabledByInactiveIdentity",
          40);

  /** The {@code status} filter of notifications. */
  static final WireEnum NOTIFICATION_STATUS =
      WireEnum.of(
          "NotificationStatus",
          "queued",
          10,
          "processing",
          20,
          "requestInProgress",
          30,
          "completed",
          100);

  /** The {@code result} filter of notifications. */
  static final WireEnum NOTIFICATION_RESULT =
      WireEnum.of(
          "NotificationResult", "pending", 0, "succeeded", 10, "failed", 20, "filtered", 30);

  /** {@code operator} of a publisher input filter's condition. */
  static final WireEnum INPUT_FILTER_OPERATOR =
      WireEnum.of("InputFilterOperator", "equals", 0, "notEquals", 1);

  private HookEnums() {}
}
