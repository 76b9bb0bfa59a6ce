package dev.adolink.emulator.faults;

import dev.adolink.emulator.ado.AdoException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fault injection for every API request (not the control API): latency, an outage of N requests,
 * answers lost after the request was applied, and throttling in ADO's two modes with its {@code
 * X-RateLimit-*} headers (reference §4). The throttle window runs on the emulator clock.
 * Thread-safe.
 */
public final class Faults {

  /** ADO's global limit: 200 TSTUs per identity in a sliding 5 minute window. */
  static final int LIMIT = 200;

  static final String RESOURCE = "Core";

  private final Clock clock;
  private FaultSettings settings = FaultSettings.none();
  private int outageLeft;
  private int answersToLose;
  private int requestsBeforeThrottle;
  private Instant windowEnd;

  public Faults(Clock clock) {
    this.clock = clock;
  }

  public synchronized void configure(FaultSettings settings) {
    this.settings = settings;
    this.outageLeft = settings.outage().map(FaultSettings.Outage::requests).orElse(0);
    this.answersToLose = settings.lostAnswer().map(FaultSettings.LostAnswer::requests).orElse(0);
    this.requestsBeforeThrottle =
        settings.throttle().map(FaultSettings.Throttle::afterRequests).orElse(0);
    this.windowEnd = null;
  }

  public synchronized FaultSettings settings() {
    return settings;
  }

  /** Decides the fate of the next request. */
  public synchronized Admission admit() {
    long latency = settings.latencyMs();
    if (outageLeft > 0) {
      outageLeft--;
      int status = settings.outage().orElseThrow().status();
      return new Admission(latency, Optional.of(outage(status)), Map.of());
    }
    if (settings.throttle().isEmpty()) {
      return new Admission(latency, Optional.empty(), Map.of());
    }
    return throttle(latency, settings.throttle().get());
  }

  /**
   * Whether the answer to this request, already applied with {@code status}, is to be lost (see
   * {@link FaultSettings.LostAnswer}); counts it when so.
   */
  public synchronized boolean loseAnswer(String method, String path, int status) {
    if (answersToLose <= 0 || status < 200 || status >= 300) {
      return false;
    }
    FaultSettings.LostAnswer lost = settings.lostAnswer().orElseThrow();
    if (!lost.method().equalsIgnoreCase(method)
        || !path.toLowerCase(Locale.ROOT).contains(lost.pathContains().toLowerCase(Locale.ROOT))) {
      return false;
    }
    answersToLose--;
    return true;
  }

  private Admission throttle(long latency, FaultSettings.Throttle throttle) {
    Instant now = clock.instant();
    if (windowEnd != null && !now.isBefore(windowEnd)) {
      windowEnd = null;
      requestsBeforeThrottle = throttle.repeat() ? throttle.afterRequests() : -1;
    }
    if (windowEnd == null && requestsBeforeThrottle == 0) {
      windowEnd = now.plusSeconds(throttle.retryAfterSeconds());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-RateLimit-Resource", RESOURCE);
    headers.put("X-RateLimit-Limit", Integer.toString(LIMIT));
    if (windowEnd == null) {
      if (requestsBeforeThrottle < 0) {
        return new Admission(latency, Optional.empty(), Map.of());
      }
      requestsBeforeThrottle--;
      headers.put(
          "X-RateLimit-Remaining", Integer.toString(Math.min(LIMIT, requestsBeforeThrottle + 1)));
      headers.put(
          "X-RateLimit-Reset",
          Long.toString(now.plusSeconds(throttle.retryAfterSeconds()).getEpochSecond()));
      return new Admission(latency, Optional.empty(), headers);
    }
    long retryAfter = Math.max(1, (windowEnd.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
    headers.put("X-RateLimit-Remaining", "0");
    headers.put("X-RateLimit-Reset", Long.toString(windowEnd.getEpochSecond()));
    headers.put("Retry-After", Long.toString(retryAfter));
    if (throttle.mode() == FaultSettings.Mode.BLOCK) {
      AdoException blocked = blocked();
      headers.forEach(blocked::header);
      return new Admission(latency, Optional.of(blocked), Map.of());
    }
    headers.put(
        "X-RateLimit-Delay",
        String.format(java.util.Locale.ROOT, "%.3f", throttle.delayMs() / 1000.0));
    return new Admission(latency + throttle.delayMs(), Optional.empty(), headers);
  }

  private static AdoException blocked() {
    return new AdoException(
        429,
        "Microsoft.TeamFoundation.Framework.Server.RequestBlockedException,"
            + " Microsoft.TeamFoundation.Framework.Server",
        "TF400733: The request has been canceled: Request was blocked due to exceeding usage of"
            + " resource '"
            + RESOURCE
            + "' in namespace 'User'.",
        3000);
  }

  private static AdoException outage(int status) {
    return new AdoException(
        status,
        "Microsoft.VisualStudio.Services.Common.VssServiceUnavailableException,"
            + " Microsoft.VisualStudio.Services.Common",
        "The service is temporarily unavailable (emulated outage). Please try again later.",
        3000);
  }
}
