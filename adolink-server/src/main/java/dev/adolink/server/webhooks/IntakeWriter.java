package dev.adolink.server.webhooks;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores accepted deliveries with group commit: the deliveries that arrive while a group is being
 * written wait for the next group, which one writer thread inserts in one transaction (up to {@link
 * #GROUP} at a time; on PostgreSQL a few writers side by side). Each request is answered only after
 * its group committed (a 2xx answer means the delivery is stored, #19), and each installation's
 * drain is woken once per group, after the commit. When a group's transaction fails, its deliveries
 * are stored one by one, so that one bad delivery fails only its own request.
 */
@Component
class IntakeWriter {

  private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

  /** The most deliveries one transaction stores. */
  static final int GROUP = 100;

  private record Pending(Inbox.Received delivery, CompletableFuture<Boolean> stored) {}

  private final Inbox inbox;
  private final DeliveryDrain drain;
  private final TransactionTemplate transactions;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean running = true;

  /** Shared by the writers while they write a group; a test takes it alone to gather a group. */
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

  private final AtomicLong groups = new AtomicLong();

  /** Deliveries a writer has taken from the queue and not yet answered. */
  private final AtomicInteger taken = new AtomicInteger();

  IntakeWriter(Inbox inbox, DeliveryDrain drain, TransactionTemplate transactions) {
    this.inbox = inbox;
    this.drain = drain;
    this.transactions = transactions;
    // H2 writes its commits one at a time in this process: one writer makes the biggest groups.
    // PostgreSQL flushes concurrent commits together, and a commit's wait for the flush (and the
    // round trips) is where a group's time goes: a few writers keep groups in flight side by side.
    int count = inbox.postgresql() ? POSTGRESQL_WRITERS : 1;
    for (int i = 1; i <= count; i++) {
      Thread writer = new Thread(this::write, "intake-writer-" + i);
      writer.setDaemon(true);
      writer.start();
      writers.add(writer);
    }
  }

  /** Writers on PostgreSQL. */
  static final int POSTGRESQL_WRITERS = 4;

  /**
   * Stores a delivery as received once its group committed.
   *
   * @return false when it was stored before (a re-delivery)
   */
  boolean store(Inbox.Received delivery) {
    Pending pending = new Pending(delivery, new CompletableFuture<>());
    queue.add(pending);
    try {
      return pending.stored().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the delivery was stored", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void write() {
    List<Pending> group = new ArrayList<>(GROUP);
    // not interrupted to stop: an interrupt in the middle of a write can close H2's file
    while (running) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        taken.incrementAndGet();
        gate.readLock().lock();
        try {
          queue.drainTo(group, GROUP - 1);
          taken.addAndGet(group.size() - 1);
          store(group);
          groups.incrementAndGet();
        } finally {
          gate.readLock().unlock();
          taken.addAndGet(-group.size());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        log.error("storing {} deliveries failed", group.size(), e);
        group.forEach(pending -> pending.stored().completeExceptionally(e));
      } finally {
        group.clear();
      }
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(
        pending ->
            pending.stored().completeExceptionally(new IllegalStateException("shutting down")));
  }

  private void store(List<Pending> group) {
    boolean[] inserted = null;
    try {
      List<Inbox.Received> deliveries = group.stream().map(Pending::delivery).toList();
      inserted = transactions.execute(status -> inbox.storeAll(deliveries));
    } catch (RuntimeException e) {
      log.debug("a group of {} deliveries failed, storing them one by one: {}", group.size(), e);
    }
    if (inserted == null) {
      inserted = oneByOne(group);
    }
    Set<Long> installations = new LinkedHashSet<>();
    for (int i = 0; i < group.size(); i++) {
      if (inserted[i]) {
        installations.add(group.get(i).delivery().installationId());
      }
    }
    installations.forEach(this::wake);
    for (int i = 0; i < group.size(); i++) {
      group.get(i).stored().complete(inserted[i]);
    }
  }

  /** Stores each on its own; a failing one fails its own request (and counts as not inserted). */
  private boolean[] oneByOne(List<Pending> group) {
    boolean[] inserted = new boolean[group.size()];
    for (int i = 0; i < group.size(); i++) {
      Pending pending = group.get(i);
      try {
        boolean[] one = transactions.execute(status -> inbox.storeAll(List.of(pending.delivery())));
        inserted[i] = one != null && one[0];
      } catch (RuntimeException e) {
        pending.stored().completeExceptionally(e);
      }
    }
    return inserted;
  }

  /**
   * Queues the installation's drain after the group committed (a drain queued at the same moment by
   * another instance makes this fail, which is fine). A delivery left without a drain by a crash
   * right here is drained when the server starts.
   */
  private void wake(long installationId) {
    try {
      drain.wake(installationId);
    } catch (RuntimeException e) {
      log.debug("drain of installation {} not queued: {}", installationId, e.toString());
    }
  }

  /**
   * Holds the writer (for tests): deliveries arriving meanwhile wait, unanswered, and are written
   * together when the hold is closed.
   */
  Hold hold() {
    gate.writeLock().lock();
    return gate.writeLock()::unlock;
  }

  /** A hold of the writer, released on close. */
  interface Hold extends AutoCloseable {
    @Override
    void close();
  }

  /** Deliveries not answered yet: waiting for a writer, or taken by one. */
  int unanswered() {
    return queue.size() + taken.get();
  }

  /** Writer threads (each writes one group at a time). */
  int writers() {
    return writers.size();
  }

  /** Groups written so far (each one transaction). */
  long groups() {
    return groups.get();
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    for (Thread writer : writers) {
      writer.join(10_000);
    }
  }
}
