package dev.adolink.server.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs an installation's stored deliveries by hand, in a chosen order or several at once, as the
 * scheduler's threads may: for the races and reorderings {@code DueJobs} (one thread, due order)
 * never produces.
 */
public final class DeliveryRuns {

  private final DeliveryJob job;
  private final JdbcClient jdbc;

  public DeliveryRuns(ApplicationContext context) {
    this.job = context.getBean(DeliveryJob.class);
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /** The installation's deliveries not yet handled, oldest first. */
  public List<Long> received(long installationId) {
    return jdbc.sql(
            """
            select id from webhook_deliveries
            where integration_id = :installation and status = 'received' order by id""")
        .param("installation", installationId)
        .query(Long.class)
        .list();
  }

  public void run(long deliveryId) throws Exception {
    job.run(new DeliveryJob.Payload(deliveryId), null);
  }

  /** Handles the deliveries on one thread each, all started together; returns when all are done. */
  public void runAtOnce(List<Long> deliveryIds) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(deliveryIds.size());
    try {
      CyclicBarrier together = new CyclicBarrier(deliveryIds.size());
      List<Future<Object>> handled = new ArrayList<>();
      for (long id : deliveryIds) {
        handled.add(
            threads.submit(
                () -> {
                  together.await();
                  run(id);
                  return null;
                }));
      }
      for (Future<Object> done : handled) {
        done.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
