package dev.adolink.azure.git;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a blocking call to many items with at most {@code parallelism} in flight, keeping the
 * input order. After the first failure no new call starts, and that failure is thrown.
 */
final class Fanout {

  private Fanout() {}

  static <T, R> List<R> map(
      List<T> items, int parallelism, Executor executor, Function<T, R> call) {
    if (parallelism <= 1 || items.size() <= 1) {
      List<R> results = new ArrayList<>(items.size());
      items.forEach(item -> results.add(call.apply(item)));
      return results;
    }
    Semaphore window = new Semaphore(parallelism);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      window.acquireUninterruptibly();
      if (failure.get() != null) {
        window.release();
        break;
      }
      futures.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return call.apply(item);
                } catch (RuntimeException e) {
                  failure.compareAndSet(null, e);
                  throw e;
                } finally {
                  window.release();
                }
              },
              executor));
    }
    List<R> results = new ArrayList<>(futures.size());
    for (CompletableFuture<R> future : futures) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        failure.compareAndSet(
            null,
            e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e));
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return results;
  }
}
