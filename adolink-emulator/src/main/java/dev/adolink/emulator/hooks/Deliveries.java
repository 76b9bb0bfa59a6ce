package dev.adolink.emulator.hooks;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.control.DeliveryLog;
import dev.adolink.emulator.events.EmulatorEvent;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The delivery engine. Events arrive from the event bus on the publishing request's thread (under
 * the organization's lock): each matching web hook subscription gets a notification, queued per
 * subscription. Worker threads POST them, one at a time and in order per subscription, off the
 * request thread and never holding the organization's lock. Retries are scheduled on the emulator
 * clock: a short wall-clock tick (and {@link #awaitIdle}) sends what is due, so a test advances the
 * clock instead of waiting.
 */
public final class Deliveries implements DeliveryLog, AutoCloseable {

  /** Deliveries kept for the log; request bodies are kept for the most recent finished ones. */
  private static final int HISTORY_LIMIT = 1_000_000;

  private static final int BODIES_KEPT = 1_000;

  private final Store store;
  private final Clock clock;
  private final Urls urls;
  private final WebHookClient client = new WebHookClient();
  private final ExecutorService workers;
  private final ScheduledExecutorService ticker;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<UUID, Deque<Notification>> queues = new LinkedHashMap<>();
  private final Set<UUID> inFlight = new HashSet<>();
  private final Deque<Notification> history = new ArrayDeque<>();
  private final Deque<Notification> finishedWithBody = new ArrayDeque<>();

  Deliveries(Store store, Clock clock, Urls urls) {
    this.store = store;
    this.clock = clock;
    this.urls = urls;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            4, r -> daemon(r, "ado-hooks-delivery-" + n.incrementAndGet()));
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ado-hooks-clock"));
    ticker.scheduleWithFixedDelay(this::pump, 100, 100, TimeUnit.MILLISECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread thread = new Thread(r, name);
    thread.setDaemon(true);
    return thread;
  }

  /** How long a delivery may take before it counts as a timeout (transient failure). */
  public void timeout(Duration timeout) {
    client.timeout(timeout);
  }

  /** Event bus subscriber: queues a notification per matching subscription. */
  void onEvent(EmulatorEvent event) {
    HookEvent.of(event)
        .ifPresent(
            e -> {
              Organization org = store.organization(e.organizationId()).orElse(null);
              if (org == null) {
                return;
              }
              List<Notification> created = new ArrayList<>();
              org.write(
                  () -> {
                    for (Subscription s : HooksState.of(org).subscriptions.values()) {
                      if (s.isWebHook() && s.status.delivers() && Filters.matches(s, e)) {
                        int id = s.nextNotificationId();
                        created.add(
                            new Notification(
                                id,
                                org.id(),
                                s.id,
                                e.eventId(),
                                e.eventType(),
                                s.input("url"),
                                Envelope.headers(s),
                                Envelope.bytes(Envelope.body(s, id, e, urls.org(org))),
                                clock.instant()));
                      }
                    }
                  });
              lock.lock();
              try {
                for (Notification n : created) {
                  queues.computeIfAbsent(n.subscriptionId, k -> new ArrayDeque<>()).add(n);
                  remember(n);
                }
                pumpLocked();
              } finally {
                lock.unlock();
              }
            });
  }

  private void remember(Notification n) {
    history.add(n);
    while (history.size() > HISTORY_LIMIT) {
      history.poll();
    }
  }

  /** Starts every due delivery whose subscription has none in flight. */
  void pump() {
    lock.lock();
    try {
      pumpLocked();
    } finally {
      lock.unlock();
    }
  }

  private void pumpLocked() {
    Instant now = clock.instant();
    for (Map.Entry<UUID, Deque<Notification>> e : queues.entrySet()) {
      Notification head = e.getValue().peek();
      if (head != null && !inFlight.contains(e.getKey()) && !head.nextAttemptAt.isAfter(now)) {
        inFlight.add(e.getKey());
        head.status = Notification.Status.REQUEST_IN_PROGRESS;
        workers.execute(() -> attempt(head));
      }
    }
  }

  private void attempt(Notification n) {
    WebHookClient.Answer answer = client.post(n);
    settle(n, answer, DeliveryRules.decide(store, clock, n, answer.status()));
  }

  private void settle(Notification n, WebHookClient.Answer answer, DeliveryRules.Decision d) {
    lock.lock();
    try {
      Instant now = clock.instant();
      n.attempts++;
      n.lastStatus = answer.status();
      n.errorMessage = answer.error();
      n.responseBody = answer.body();
      n.modifiedDate = now;
      Deque<Notification> queue = queues.get(n.subscriptionId);
      inFlight.remove(n.subscriptionId);
      if (queue == null || queue.peek() != n) {
        return;
      }
      switch (d.kind()) {
        case DONE -> {
          n.finish(d.result(), now);
          queue.poll();
          finished(n);
        }
        case RETRY -> {
          n.status = Notification.Status.QUEUED;
          n.nextAttemptAt = d.retryAt();
          if (d.fast()) {
            n.fastRetries++;
          }
        }
        case DROP_ALL -> {
          queue.forEach(q -> q.finish(Notification.Result.FAILED, now));
          queue.forEach(this::finished);
          queue.clear();
        }
      }
      pumpLocked();
    } finally {
      changed.signalAll();
      lock.unlock();
    }
  }

  /** Keeps the request bodies of the most recent finished deliveries only. */
  private void finished(Notification n) {
    finishedWithBody.add(n);
    while (finishedWithBody.size() > BODIES_KEPT) {
      finishedWithBody.poll().body = null;
    }
  }

  /**
   * Sends every delivery that is due now (by the emulator clock) and waits until none is due or in
   * flight. Deliveries scheduled for later stay queued: advance the clock and call this again.
   *
   * @throws IllegalStateException when deliveries are still running after {@code timeout}
   */
  public void awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        pumpLocked();
        if (inFlight.isEmpty() && !anyDue()) {
          return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("service hook deliveries still running after " + timeout);
        }
        changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for deliveries", e);
    } finally {
      lock.unlock();
    }
  }

  public void awaitIdle() {
    awaitIdle(Duration.ofSeconds(30));
  }

  private boolean anyDue() {
    Instant now = clock.instant();
    return queues.values().stream()
        .map(Deque::peek)
        .anyMatch(head -> head != null && !head.nextAttemptAt.isAfter(now));
  }

  @Override
  public List<Delivery> deliveries() {
    lock.lock();
    try {
      return history.stream()
          .map(
              n ->
                  new Delivery(
                      n.subscriptionId,
                      n.id,
                      n.eventId,
                      n.eventType,
                      n.url,
                      n.attempts,
                      n.lastStatus))
          .toList();
    } finally {
      lock.unlock();
    }
  }

  /** The notifications of one subscription, newest first, as copies safe to read. */
  List<NotificationView> notifications(UUID subscriptionId) {
    lock.lock();
    try {
      List<NotificationView> views = new ArrayList<>();
      history
          .descendingIterator()
          .forEachRemaining(
              n -> {
                if (n.subscriptionId.equals(subscriptionId)) {
                  views.add(NotificationView.of(n));
                }
              });
      return views;
    } finally {
      lock.unlock();
    }
  }

  /** Forgets every queued and past delivery (on reset). */
  void clear() {
    lock.lock();
    try {
      queues.clear();
      history.clear();
      finishedWithBody.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    workers.shutdownNow();
  }
}
