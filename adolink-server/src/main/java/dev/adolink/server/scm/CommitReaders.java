package dev.adolink.server.scm;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The threads that read commits from ADO for {@link CommitFetcher}. Unbounded: each fetch bounds
 * its own reads, and the ADO client bounds all calls to one organization.
 */
@Component
class CommitReaders {

  private final ExecutorService threads;

  CommitReaders() {
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "scm-commit-reader-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  <T> CompletableFuture<T> read(Supplier<T> read) {
    return CompletableFuture.supplyAsync(read, threads);
  }

  /** Runs {@code next} on one of the threads once {@code previous} has completed normally. */
  CompletableFuture<Void> then(CompletableFuture<?> previous, Runnable next) {
    return previous.thenRunAsync(next, threads);
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }
}
