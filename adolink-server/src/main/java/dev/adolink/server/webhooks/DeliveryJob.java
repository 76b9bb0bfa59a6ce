package dev.adolink.server.webhooks;

import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The job of one delivery, as the intake queued it before deliveries were applied in batches by
 * {@link DeliveryDrain}: kept so that such jobs still stored in a database run. It applies its
 * delivery if it is still received and not claimed by a drain.
 */
@Component
class DeliveryJob implements Job<DeliveryJob.Payload> {

  record Payload(long deliveryId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "sync.delivery",
          Payload.class,
          10,
          Backoff.exponential(Duration.ofSeconds(30), Duration.ofHours(2)));

  private final DeliveryDrain drain;

  DeliveryJob(DeliveryDrain drain) {
    this.drain = drain;
  }

  static String key(long deliveryId) {
    return "delivery-" + deliveryId;
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) throws Exception {
    drain.applyOne(payload.deliveryId());
  }
}
