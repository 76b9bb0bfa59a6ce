package dev.adolink.server.integration;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Checks of input against Azure DevOps while a request waits (does this commit, this user exist?):
 * ADO gets {@link #TIMEOUT} to answer. An answer that does not come in time, or a failure, is
 * "could not check", and the caller accepts the input unchecked rather than making the person wait
 * for an outage.
 */
@Component
public class QuickAsk implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(QuickAsk.class);

  public static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "ado-quick-check");
            thread.setDaemon(true);
            return thread;
          });

  /** ADO's answer, or empty when it did not answer in time or the call failed. */
  public <T> Optional<T> ask(String what, Supplier<T> call) {
    CompletableFuture<T> answer = CompletableFuture.supplyAsync(call, executor);
    try {
      return Optional.ofNullable(answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      answer.cancel(true);
      log.info("Azure DevOps did not answer within {}: {} is unchecked", TIMEOUT, what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      log.info("could not check {}: {}", what, String.valueOf(e.getCause()));
    }
    return Optional.empty();
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
