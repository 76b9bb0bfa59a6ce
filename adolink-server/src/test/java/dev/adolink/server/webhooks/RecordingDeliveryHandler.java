package dev.adolink.server.webhooks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A handler for tests: records every delivery of the subscribed event types, and fails while told
 * to (to test retries).
 */
public final class RecordingDeliveryHandler implements DeliveryHandler {

  private final List<Delivery> handled = new CopyOnWriteArrayList<>();
  private volatile int failuresLeft;
  private volatile @Nullable Runnable whileHandling;
  private volatile @Nullable Consumer<Delivery> first;

  @Override
  public Set<String> eventTypes() {
    return Set.of(
        "workitem.updated",
        "workitem.commented",
        "workitem.deleted",
        "workitem.restored",
        "git.push");
  }

  @Override
  public void handle(Delivery delivery) {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("told to fail");
    }
    Consumer<Delivery> each = first;
    if (each != null) {
      each.accept(delivery);
    }
    handled.add(delivery);
    Runnable once = whileHandling;
    whileHandling = null;
    if (once != null) {
      once.run();
    }
  }

  /** Runs once during the next delivery's handling (e.g. another delivery arrives). */
  public void whileHandling(Runnable action) {
    whileHandling = action;
  }

  /**
   * Runs first in every delivery's handling until cleared with null (e.g. writes as a real handler
   * does, and throws to fail the delivery).
   */
  public void first(@Nullable Consumer<Delivery> action) {
    first = action;
  }

  /** The deliveries handled for this installation. */
  public List<Delivery> of(long installationId) {
    return handled.stream().filter(d -> d.installation().id() == installationId).toList();
  }

  public void failNext(int times) {
    failuresLeft = times;
  }
}
