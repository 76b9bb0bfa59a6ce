package dev.adolink.server.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Renews leases while their holder works, so a lease can be short: a holder that dies stops
 * renewing and its lease runs out soon after, instead of blocking the work until a long lease would
 * expire.
 */
@Component
class LeaseRenewer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(LeaseRenewer.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "lease-renewer");
            thread.setDaemon(true);
            return thread;
          });

  /** Runs {@code renew} every {@code interval} until the answer is closed. */
  Renewal every(Duration interval, Runnable renew) {
    ScheduledFuture<?> task =
        timer.scheduleWithFixedDelay(
            () -> {
              try {
                renew.run();
              } catch (RuntimeException e) {
                // the next renewal tries again; the lease outlives a few missed ones
                log.warn("Could not renew a lease: {}", e.toString());
              }
            },
            interval.toMillis(),
            interval.toMillis(),
            TimeUnit.MILLISECONDS);
    return () -> task.cancel(false);
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }

  /** Stops the renewals; the holder releases the lease itself. */
  interface Renewal extends AutoCloseable {
    @Override
    void close();
  }
}
