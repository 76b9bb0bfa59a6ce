package dev.adolink.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.adolink.server.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DeferralLogTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(JobFailureHandler.class);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final DeferralLog deferrals = new DeferralLog(clock);
  private Level level;

  @BeforeEach
  void capture() {
    level = logger.getLevel();
    logger.setLevel(Level.INFO);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
    logger.setLevel(level);
  }

  @Test
  void aJobWaitingForALeaseIsLoggedOncePerWaitNotOncePerDeferral() {
    RetryLater taken = new RetryLater("another job drains installation 1", Duration.ofSeconds(1));
    for (int second = 0; second < 300; second++) {
      deferrals.deferred("sync.outbound", "outbound-1-" + second, taken);
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(infoLines()).hasSize(1);
    assertThat(infoLines().get(0)).contains("another job drains installation 1");
  }

  @Test
  void aDifferentReasonOrALaterWaitIsLoggedAgain() {
    deferrals.deferred(
        "sync.outbound",
        "a",
        new RetryLater("another job drains installation 2", Duration.ofSeconds(1)));
    deferrals.deferred(
        "sync.outbound",
        "b",
        new RetryLater("another job drains installation 3", Duration.ofSeconds(1)));
    clock.advance(DeferralLog.QUIET.plusSeconds(1));
    deferrals.deferred(
        "sync.outbound",
        "c",
        new RetryLater("another job drains installation 2", Duration.ofSeconds(1)));
    assertThat(infoLines()).hasSize(3);
  }

  private List<String> infoLines() {
    return appender.list.stream()
        .filter(event -> event.getLevel() == Level.INFO)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }
}
