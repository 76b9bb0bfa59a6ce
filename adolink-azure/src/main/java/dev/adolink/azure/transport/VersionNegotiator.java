package dev.adolink.azure.transport;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The highest api-version one organization accepts. Starts at the configured default (7.1) and only
 * goes down: when a server answers 400 {@code VssVersionOutOfRangeException} ("The requested REST
 * API version of 7.1 is out of range for this server. The latest REST API version this server
 * supports is 6.0."), the cap drops to the version it names, or to the next lower step of the Azure
 * DevOps Server ladder when it names none (2022 = 7.0, 2020 = 6.0, 2019 = 5.0/5.1).
 */
final class VersionNegotiator {

  private static final List<ApiVersion> LADDER =
      List.of(
          ApiVersion.V7_1,
          ApiVersion.V7_0,
          ApiVersion.V6_0,
          ApiVersion.V5_1,
          ApiVersion.V5_0,
          ApiVersion.V4_1);
  private static final Pattern SUPPORTED =
      Pattern.compile("supports is (\\d+\\.\\d+)", Pattern.CASE_INSENSITIVE);

  private final AtomicReference<ApiVersion> cap;

  VersionNegotiator(ApiVersion start) {
    this.cap = new AtomicReference<>(start);
  }

  ApiVersion cap() {
    return cap.get();
  }

  /** Lowers the cap to a version learned earlier (e.g. stored by the caller); never raises it. */
  void lowerTo(ApiVersion known) {
    cap.accumulateAndGet(known, (current, next) -> next.isBefore(current) ? next : current);
  }

  static boolean isOutOfRange(int status, @Nullable String typeKey, @Nullable String message) {
    return status == 400
        && ("VssVersionOutOfRangeException".equals(typeKey)
            || (message != null && message.contains("is out of range for this server")));
  }

  /**
   * Lowers the cap after a request at {@code attempted} was refused. Returns whether the request
   * should be sent again (false when there is no lower version to try).
   */
  boolean lowerAfterRefusal(ApiVersion attempted, @Nullable String message) {
    Optional<ApiVersion> target =
        supportedIn(message).filter(v -> v.isBefore(attempted)).or(() -> nextBelow(attempted));
    if (target.isEmpty()) {
      return false;
    }
    lowerTo(target.get());
    return true;
  }

  private static Optional<ApiVersion> supportedIn(@Nullable String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = SUPPORTED.matcher(message);
    return matcher.find() ? Optional.of(ApiVersion.parse(matcher.group(1))) : Optional.empty();
  }

  private static Optional<ApiVersion> nextBelow(ApiVersion attempted) {
    return LADDER.stream().filter(v -> v.isBefore(attempted)).findFirst();
  }
}
