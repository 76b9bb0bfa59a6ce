package dev.adolink.bench;

import dev.adolink.bench.harness.Latencies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Posts deliveries to one URL: open loop at a fixed rate (each request starts on schedule, whatever
 * the previous ones do, as ADO would send them) or closed loop (a number of senders, each sending
 * the next one as soon as its previous one was answered: the most the server accepts).
 */
final class Load {

  /**
   * @param sentAt epoch milliseconds each delivery was sent, by key
   */
  record Result(
      int accepted, int failed, double seconds, Latencies latencies, Map<String, Long> sentAt) {

    double perSecond() {
      return accepted / seconds;
    }
  }

  private final HttpClient client;
  private final URI url;
  private final String secret;

  Load(HttpClient client, URI url, String secret) {
    this.client = client;
    this.url = url;
    this.secret = secret;
  }

  Result openLoop(Supplier<UpdateDeliveries.Delivery> deliveries, int perSecond, int count) {
    Latencies latencies = new Latencies();
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(count);
    long start = System.nanoTime();
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      UpdateDeliveries.Delivery delivery = deliveries.get();
      long sent = System.nanoTime();
      sentAt.put(delivery.key(), System.currentTimeMillis());
      inFlight.add(
          client
              .sendAsync(request(delivery), HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, error) -> {
                    latencies.record(System.nanoTime() - sent);
                    (error == null && response.statusCode() == 200 ? accepted : failed)
                        .incrementAndGet();
                    return null;
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(accepted.get(), failed.get(), seconds, latencies, sentAt);
  }

  /** Records into {@code latencies}, so that several runs can be summed up. */
  Result closedLoop(
      Supplier<UpdateDeliveries.Delivery> deliveries,
      int senders,
      Duration length,
      Latencies latencies) {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  try {
                    HttpResponse<Void> response =
                        client.send(
                            request(deliveries.get()), HttpResponse.BodyHandlers.discarding());
                    (response.statusCode() == 200 ? accepted : failed).incrementAndGet();
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                  latencies.record(System.nanoTime() - sent);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(accepted.get(), failed.get(), seconds, latencies, Map.of());
  }

  private HttpRequest request(UpdateDeliveries.Delivery delivery) {
    return HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("shared-secret", secret)
        .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
        .build();
  }
}
