package dev.adolink.emulator.events;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Synchronous, in-order publication of {@link EmulatorEvent}s to subscribers. Events are published
 * while the organization's write lock is held, so subscribers see them in the order of the changes;
 * a subscriber must therefore return quickly (queue the work) and must not wait for other threads
 * that need the emulator. A subscriber that throws is logged and does not affect the change.
 */
public final class EventBus {

  private static final System.Logger LOG = System.getLogger(EventBus.class.getName());

  private record Listener<T extends EmulatorEvent>(Class<T> type, Consumer<? super T> consumer) {
    void offer(EmulatorEvent event) {
      if (type.isInstance(event)) {
        consumer.accept(type.cast(event));
      }
    }
  }

  /** Returned by {@link #subscribe}; closing it unsubscribes. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

  /** Receives every published event of {@code type} (use {@code EmulatorEvent.class} for all). */
  public <T extends EmulatorEvent> Subscription subscribe(
      Class<T> type, Consumer<? super T> consumer) {
    Listener<T> listener = new Listener<>(type, consumer);
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void publish(EmulatorEvent event) {
    for (Listener<?> listener : listeners) {
      try {
        listener.offer(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "event subscriber failed on " + event.eventType(), e);
      }
    }
  }
}
