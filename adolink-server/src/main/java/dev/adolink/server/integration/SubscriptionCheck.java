package dev.adolink.server.integration;

import org.jspecify.annotations.Nullable;

/**
 * One subscription after a check: {@code status} is what it is now; when it was {@code repaired},
 * {@code previousStatus} is what was found ({@code missing}, {@code disabledBySystem}, ...).
 */
public record SubscriptionCheck(
    @Nullable String id,
    String eventType,
    String status,
    boolean repaired,
    @Nullable String previousStatus) {}
