package dev.adolink.server.webhooks;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.jobs.RetryLater;
import dev.adolink.server.system.LogFields;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies an installation's received deliveries in batches (WEBHOOKS.md, "Applying deliveries"):
 * claims up to {@link #BATCH} due ones in id order, hands each to every handler of its event type
 * and marks it processed, each delivery on its own (a failing one does not undo the others), and
 * claims again until none is due. A delivery whose handler fails is due again after the backoff and
 * is {@code failed} after {@link #MAX_ATTEMPTS} attempts; a paused installation ({@link
 * RetryLater}) stops the batch and the drain runs again later, in order.
 *
 * <p>A batch is split into up to {@link #PARALLEL} lanes by work item id, applied side by side; a
 * lane's deliveries (all of one work item's, and every other kind of delivery in the first lane)
 * are applied one after the other, in id order, in one transaction with a savepoint per delivery.
 *
 * <p>One drain job per installation ({@code deliveries-<id>}) is queued by each accepted delivery;
 * when it is already queued or running, the delivery also queues a drain keyed by the next 200 ms
 * slot, due at its end, so that a delivery stored after a running drain's last read is never left
 * behind.
 */
@Component
class DeliveryDrain implements Job<DeliveryDrain.Payload> {

  private static final Logger log = LoggerFactory.getLogger(DeliveryDrain.class);

  record Payload(long installationId) {}

  static final int BATCH = 50;

  /** Lanes (and threads) one drain applies a batch's deliveries on (see the class comment). */
  static final int PARALLEL = 4;

  static final int MAX_ATTEMPTS = 10;
  static final Backoff BACKOFF = Backoff.exponential(Duration.ofSeconds(30), Duration.ofHours(2));
  static final Duration SLOT = Duration.ofMillis(200);

  /** How long a claim holds when its drain stops heartbeating (a crash). */
  static final Duration LEASE = Duration.ofMinutes(10);

  static final JobType<Payload> TYPE =
      new JobType<>("webhooks.deliveries", Payload.class, 10, BACKOFF);

  private final Inbox inbox;
  private final Installations installations;
  private final DeliveryHandlers handlers;
  private final Jobs jobs;
  private final TransactionTemplate transactions;
  private final TransactionTemplate nested;
  private final JsonMapper json;
  private final DeliveryMetrics metrics;
  private final Clock clock;
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          PARALLEL,
          task -> {
            Thread thread = new Thread(task, "delivery-lane-" + LANES.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private static final AtomicInteger LANES = new AtomicInteger();

  DeliveryDrain(
      Inbox inbox,
      Installations installations,
      DeliveryHandlers handlers,
      Jobs jobs,
      TransactionTemplate transactions,
      JsonMapper json,
      DeliveryMetrics metrics,
      Clock clock) {
    this.inbox = inbox;
    this.installations = installations;
    this.handlers = handlers;
    this.jobs = jobs;
    this.transactions = transactions;
    this.nested = new TransactionTemplate(transactions.getTransactionManager());
    nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
  }

  static String key(long installationId) {
    return "deliveries-" + installationId;
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  /**
   * Queues a drain for the installation: its drain job, or, when that is queued or running (it may
   * be past its last read), one due at the end of the current slot.
   */
  void wake(long installationId) {
    Payload payload = new Payload(installationId);
    if (jobs.enqueue(TYPE, key(installationId), payload)) {
      return;
    }
    long slot = clock.millis() / SLOT.toMillis() + 1;
    jobs.enqueueAt(
        TYPE,
        key(installationId) + "-at-" + slot * SLOT.toMillis(),
        payload,
        Instant.ofEpochMilli(slot * SLOT.toMillis()));
  }

  /** Drains for every installation with received deliveries (after a crash or an upgrade). */
  @EventListener(ApplicationReadyEvent.class)
  void wakeAll() {
    for (long installationId : inbox.installationsWithReceived()) {
      jobs.enqueue(TYPE, key(installationId), new Payload(installationId));
    }
  }

  @Override
  public void run(Payload payload, JobContext context) throws Exception {
    long installationId = payload.installationId();
    Optional<Installation> installation = installations.find(installationId);
    if (installation.isEmpty()) {
      inbox.ignoreAll(installationId, "the installation was removed", clock.instant());
      return;
    }
    String claimant = context.key();
    try (var fields = LogFields.open().put(LogFields.INSTALLATION, installationId)) {
      while (true) {
        Instant now = clock.instant();
        List<Inbox.Stored> batch =
            transactions.execute(
                status -> inbox.claim(installationId, claimant, BATCH, now, now.plus(LEASE)));
        if (batch == null || batch.isEmpty()) {
          return;
        }
        Instant renewAfter = now.plus(LEASE.dividedBy(2));
        List<List<Inbox.Stored>> lanes = lanes(batch);
        List<Callable<Void>> work = new ArrayList<>();
        for (List<Inbox.Stored> lane : lanes) {
          work.add(
              () -> {
                try (var laneFields =
                    LogFields.open().put(LogFields.INSTALLATION, installationId)) {
                  applyLane(lane, installation.get(), claimant);
                }
                return null;
              });
        }
        RetryLater paused = null;
        for (Future<Void> done : lanes.size() == 1 ? runHere(work.get(0)) : pool.invokeAll(work)) {
          try {
            done.get();
          } catch (ExecutionException e) {
            if (e.getCause() instanceof RetryLater later) {
              paused = later;
            } else if (e.getCause() instanceof Exception failure) {
              throw failure;
            } else {
              throw e;
            }
          }
        }
        if (paused != null) {
          throw paused;
        }
        if (clock.instant().isAfter(renewAfter)) {
          // a slow run keeps its claims: no other drain may take them while it runs
          inbox.extend(claimant, clock.instant().plus(LEASE));
        }
      }
    } catch (RetryLater later) {
      inbox.release(claimant);
      throw later;
    }
  }

  /**
   * The batch in up to {@link #PARALLEL} lanes by work item id (every other kind of delivery in the
   * first), each in id order: one work item's deliveries are applied in order, lanes side by side.
   */
  private List<List<Inbox.Stored>> lanes(List<Inbox.Stored> batch) {
    Map<Integer, List<Inbox.Stored>> byLane = new LinkedHashMap<>();
    for (Inbox.Stored stored : batch) {
      int workItem = 0;
      if (stored.eventType().startsWith("workitem.")) {
        try {
          workItem = WorkItemEvent.read(json.readTree(stored.body())).workItemId();
        } catch (RuntimeException unreadable) {
          workItem = 0; // applying it says what is wrong with it
        }
      }
      byLane
          .computeIfAbsent(Math.floorMod(workItem, PARALLEL), lane -> new ArrayList<>())
          .add(stored);
    }
    return List.copyOf(byLane.values());
  }

  private static List<Future<Void>> runHere(Callable<Void> work) {
    FutureTask<Void> task = new FutureTask<>(work);
    task.run();
    return List.of(task);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /**
   * Applies a lane's deliveries in order in one transaction, each in a nested one (a savepoint): a
   * failing delivery is rolled back alone and retried later, the others commit together. When the
   * lane's transaction itself fails, its deliveries are applied again one by one.
   */
  private void applyLane(List<Inbox.Stored> lane, Installation installation, String claimant)
      throws Exception {
    if (lane.size() == 1) {
      apply(lane.get(0), installation, claimant);
      return;
    }
    RetryLater paused;
    try {
      paused = transactions.execute(status -> applyTogether(lane, installation, claimant));
    } catch (RuntimeException e) {
      log.debug(
          "a lane of {} deliveries failed together, applying them one by one: {}",
          lane.size(),
          e.toString());
      for (Inbox.Stored stored : lane) {
        apply(stored, installation, claimant);
      }
      return;
    }
    if (paused != null) {
      throw paused;
    }
  }

  /** In the lane's transaction: the deliveries up to the first paused one (which it answers). */
  private @Nullable RetryLater applyTogether(
      List<Inbox.Stored> lane, Installation installation, String claimant) {
    List<Long> processed = new ArrayList<>();
    RetryLater paused = null;
    for (Inbox.Stored stored : lane) {
      List<DeliveryHandler> targets = handlers.of(stored.eventType());
      if (targets.isEmpty()) {
        inbox.finish(
            stored.id(),
            Inbox.Status.IGNORED,
            "no handler for " + stored.eventType(),
            clock.instant());
        continue;
      }
      try (var fields = LogFields.open().put(LogFields.DELIVERY, stored.id())) {
        nested.executeWithoutResult(status -> handle(stored, installation, targets));
        log.debug("delivery {} ({}) applied", stored.id(), stored.eventType());
        processed.add(stored.id());
        metrics.applied(stored.eventType(), stored.at());
      } catch (RetryLater later) {
        paused = later;
        break;
      } catch (Handling e) {
        failed(stored, claimant, e.getCause());
      }
    }
    inbox.finishAll(processed, clock.instant());
    return paused;
  }

  /**
   * Runs the delivery's handlers; a failure (its body unreadable included) comes out as {@link
   * Handling}, a paused installation as {@link RetryLater}.
   */
  private void handle(
      Inbox.Stored stored, Installation installation, List<DeliveryHandler> targets) {
    try {
      Delivery delivery =
          new Delivery(
              stored.id(),
              installation,
              stored.eventType(),
              json.readTree(stored.body()),
              stored.body(),
              stored.at());
      for (DeliveryHandler handler : targets) {
        handler.handle(delivery);
      }
    } catch (RetryLater later) {
      throw later;
    } catch (Exception e) {
      throw new Handling(e);
    }
  }

  /** A handler's failure, carried out of the delivery's nested transaction (rolled back). */
  private static final class Handling extends RuntimeException {
    Handling(Exception cause) {
      super(cause);
    }

    @Override
    public synchronized Exception getCause() {
      return (Exception) super.getCause();
    }
  }

  /** Applies one received delivery by its id now, whatever else is claimed (legacy jobs, tests). */
  void applyOne(long deliveryId) throws Exception {
    String claimant = "delivery-" + deliveryId + "-" + UUID.randomUUID();
    Instant now = clock.instant();
    Optional<Inbox.Stored> claimed = inbox.claimOne(deliveryId, claimant, now, now.plus(LEASE));
    if (claimed.isEmpty()) {
      return;
    }
    Optional<Installation> installation = installations.find(claimed.get().installationId());
    if (installation.isEmpty()) {
      inbox.finish(deliveryId, Inbox.Status.IGNORED, "the installation was removed", now);
      return;
    }
    try {
      apply(claimed.get(), installation.get(), claimant);
    } catch (RetryLater later) {
      inbox.release(claimant);
      throw later;
    }
  }

  private void apply(Inbox.Stored stored, Installation installation, String claimant)
      throws Exception {
    List<DeliveryHandler> targets = handlers.of(stored.eventType());
    try (var fields = LogFields.open().put(LogFields.DELIVERY, stored.id())) {
      handle(stored, installation, targets);
      log.debug("delivery {} ({}) applied", stored.id(), stored.eventType());
    } catch (Handling e) {
      failed(stored, claimant, e.getCause());
      return;
    }
    inbox.finish(
        stored.id(),
        targets.isEmpty() ? Inbox.Status.IGNORED : Inbox.Status.PROCESSED,
        targets.isEmpty() ? "no handler for " + stored.eventType() : null,
        clock.instant());
    if (!targets.isEmpty()) {
      metrics.applied(stored.eventType(), stored.at());
    }
  }

  private void failed(Inbox.Stored stored, String claimant, Exception e) {
    int attempts = stored.attempts() + 1;
    String reason = describe(e);
    if (attempts >= MAX_ATTEMPTS) {
      log.error("delivery {} gave up after {} attempts", stored.id(), attempts, e);
      inbox.finish(stored.id(), Inbox.Status.FAILED, reason, clock.instant());
      return;
    }
    Instant next = clock.instant().plus(BACKOFF.delayAfter(attempts));
    log.warn(
        "delivery {} failed (attempt {} of {}): {}", stored.id(), attempts, MAX_ATTEMPTS, reason);
    inbox.retryAt(stored.id(), attempts, reason, next);
    jobs.enqueueAt(
        TYPE,
        key(stored.installationId()) + "-at-" + next.toEpochMilli(),
        new Payload(stored.installationId()),
        next);
  }

  private static String describe(@Nullable Throwable cause) {
    if (cause == null) {
      return "unknown failure";
    }
    String message = cause.getClass().getName() + ": " + cause.getMessage();
    return message.length() > 2000 ? message.substring(0, 2000) : message;
  }
}
