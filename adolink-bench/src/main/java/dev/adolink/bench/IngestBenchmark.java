package dev.adolink.bench;

import dev.adolink.bench.harness.Database;
import dev.adolink.bench.harness.Http;
import dev.adolink.bench.harness.Latencies;
import dev.adolink.bench.harness.Report;
import dev.adolink.bench.harness.Stack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run ingest}: events as the Java SDK sends them (an exception with 40 frames, gzip,
 * about 13 KB uncompressed, {@code X-Sentry-Auth}) for 200 groups, posted to the envelope endpoint
 * by 16 senders: events per second fully processed (from the first send until the server's queue is
 * drained), beside the same server's no-op endpoint; then at 100 events/s, the p99 time from
 * acceptance to the issue counting the event (the server's {@code adolink.ingest.lag} timer). On
 * H2, then on PostgreSQL.
 */
final class IngestBenchmark implements Benchmark {

  private static final int GROUPS = 200;
  private static final int FRAMES = 40;
  private static final int SENDERS = 16;
  private static final int BURST = 3000;
  private static final int ROUNDS = 3;
  private static final int WARM_UP = 600;
  private static final int LAG_RATE = 100;
  private static final int LAG_EVENTS = 1500;
  private static final Duration DRAIN = Duration.ofMinutes(4);
  private static final Pattern BUCKET =
      Pattern.compile(
          "adolink_ingest_lag_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.eE+-]+)");
  private static final Pattern PENDING =
      Pattern.compile("adolink_ingest_pending(\\{[^}]*})? ([0-9.eE+-]+)");

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public String description() {
    return "Java-SDK-shaped events fully processed per second and p99 lag, beside a no-op endpoint";
  }

  @Override
  public Report run(Path root) throws Exception {
    Report report =
        new Report(name(), "database", "load", "events/s", "p50 ms", "p99 ms", "p99 lag ms");
    Map<String, Object> h2 = measure(root, Database.h2(), report);
    Map<String, Object> postgresql = measure(root, Database.postgresql(), report);
    h2.forEach(report::figure);
    report.figure("database", "h2");
    report.figure("postgresql", postgresql);
    report.note("target: >= 150 events/s fully processed on H2; p99 lag < 2000 ms at 100/s");
    return report;
  }

  private Map<String, Object> measure(Path root, Database database, Report report) {
    try (Stack stack = Stack.start(root, database)) {
      Http api = stack.server().api();
      String org = "ingest-" + UUID.randomUUID().toString().substring(0, 8);
      api.post("api/0/organizations/", Map.of("slug", org, "name", org));
      api.post("api/0/organizations/" + org + "/projects/", Map.of("slug", "app", "name", "App"));
      JsonNode key = api.get("api/0/projects/" + org + "/app/keys/").get(0);
      String base = stack.server().baseUrl() + "api/" + key.get("projectId").asString() + "/";
      Sender sender =
          new Sender(
              stack.client(),
              "Sentry sentry_version=7, sentry_client=sentry.java/8.47.0, sentry_key="
                  + key.get("public").asString());
      Events events = new Events();

      // warm-up (JIT, connection pools, the 200 issues created), not measured
      sender.closedLoop(URI.create(base + "envelope/"), events, SENDERS, WARM_UP);
      sender.closedLoop(URI.create(base + "noop/"), events, SENDERS, WARM_UP);
      awaitDrained(stack);
      // p99 lag at a steady 100/s: from the server's lag histogram, the buckets' growth during
      // this phase only (its published percentiles still hold the warm-up's backlog)
      Map<Double, Double> before = lagBuckets(stack);
      Latencies steady =
          sender.openLoop(URI.create(base + "envelope/"), events, LAG_RATE, LAG_EVENTS);
      awaitDrained(stack);
      double lag = p99LagMillis(before, lagBuckets(stack));
      row(
          report,
          database.name(),
          LAG_RATE + "/s, " + LAG_EVENTS + " events",
          LAG_RATE,
          steady,
          lag);

      // the burst and the no-op endpoint in alternating slices, so that other load on the
      // machine weighs on both alike; each intake slice counts until its events are processed
      Latencies noopLatencies = new Latencies();
      Latencies burstLatencies = new Latencies();
      double noopSeconds = 0;
      double acceptSeconds = 0;
      double processSeconds = 0;
      int slice = BURST / ROUNDS;
      for (int round = 0; round < ROUNDS; round++) {
        noopSeconds +=
            sender
                .closedLoop(URI.create(base + "noop/"), events, SENDERS, slice, noopLatencies)
                .seconds();
        long start = System.nanoTime();
        acceptSeconds +=
            sender
                .closedLoop(URI.create(base + "envelope/"), events, SENDERS, slice, burstLatencies)
                .seconds();
        awaitDrained(stack);
        processSeconds += (System.nanoTime() - start) / 1e9;
      }
      int sent = slice * ROUNDS;
      double accepted = sent / acceptSeconds;
      double processed = sent / processSeconds;
      double baseline = sent / noopSeconds;
      Sender.Result noop = new Sender.Result(sent, noopSeconds, noopLatencies);
      Sender.Result burst = new Sender.Result(sent, acceptSeconds, burstLatencies);
      String loop = SENDERS + " senders, " + ROUNDS + " x " + slice + " events";
      row(report, database.name(), "no-op, " + loop, baseline, noop.latencies(), null);
      row(report, database.name(), "accepted, " + loop, accepted, burst.latencies(), null);
      row(report, database.name(), "processed, " + loop, processed, burst.latencies(), null);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("perSecond", Report.round(processed));
      figures.put("acceptedPerSecond", Report.round(accepted));
      figures.put("baselinePerSecond", Report.round(baseline));
      figures.put("ratio", Report.round(processed / baseline));
      figures.put("p99LagMs", Report.round(lag));
      return figures;
    }
  }

  private static void row(
      Report report,
      String database,
      String load,
      double perSecond,
      Latencies latencies,
      Double lag) {
    report.row(
        database,
        load,
        perSecond,
        latencies.percentileMillis(50),
        latencies.percentileMillis(99),
        lag == null ? "-" : String.format("%.1f", lag));
  }

  private static String metrics(Stack stack) {
    try {
      return stack
          .client()
          .send(
              HttpRequest.newBuilder(URI.create(stack.server().baseUrl() + "actuator/prometheus"))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitDrained(Stack stack) {
    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher pending = PENDING.matcher(metrics(stack));
      if (pending.find() && Double.parseDouble(pending.group(2)) == 0) {
        return;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    throw new IllegalStateException("the server did not process the events within " + DRAIN);
  }

  /** The lag histogram's cumulative counts by upper bound in seconds ({@code +Inf} as infinity). */
  private static Map<Double, Double> lagBuckets(Stack stack) {
    Map<Double, Double> buckets = new java.util.TreeMap<>();
    Matcher bucket = BUCKET.matcher(metrics(stack));
    while (bucket.find()) {
      double le =
          bucket.group(1).equals("+Inf")
              ? Double.POSITIVE_INFINITY
              : Double.parseDouble(bucket.group(1));
      buckets.merge(le, Double.parseDouble(bucket.group(2)), Double::sum);
    }
    return buckets;
  }

  /**
   * The upper bound of the bucket holding the 99th percentile of the events counted between the two
   * snapshots, in milliseconds; -1 when none was counted.
   */
  static double p99LagMillis(Map<Double, Double> before, Map<Double, Double> after) {
    double total =
        after.getOrDefault(Double.POSITIVE_INFINITY, 0.0)
            - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    if (total <= 0) {
      return -1;
    }
    for (Map.Entry<Double, Double> bucket : after.entrySet()) {
      double counted = bucket.getValue() - before.getOrDefault(bucket.getKey(), 0.0);
      if (counted >= 0.99 * total) {
        return bucket.getKey() * 1000;
      }
    }
    return -1;
  }

  /** Java-SDK-shaped event envelopes of 200 groups, gzip-compressed, each with a new event id. */
  static final class Events {
    private final AtomicInteger next = new AtomicInteger();
    private final List<String> templates = new ArrayList<>();

    Events() {
      for (int group = 0; group < GROUPS; group++) {
        templates.add(event(group));
      }
    }

    int uncompressedSize() {
      return templates.get(0).length();
    }

    byte[] next() {
      int n = next.getAndIncrement();
      String id = UUID.randomUUID().toString().replace("-", "");
      String payload = templates.get(n % GROUPS).replace("@@ID@@", id);
      byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
      String envelope =
          "{\"event_id\":\""
              + id
              + "\",\"sdk\":{\"name\":\"sentry.java\",\"version\":\"8.47.0\"}}\n"
              + "{\"type\":\"event\",\"length\":"
              + bytes.length
              + ",\"content_type\":\"application/json\"}\n";
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        gzip.write(envelope.getBytes(StandardCharsets.UTF_8));
        gzip.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    private static String event(int group) {
      StringBuilder frames = new StringBuilder();
      for (int i = 0; i < FRAMES; i++) {
        boolean inApp = i >= FRAMES - 8;
        String module =
            inApp
                ? "com.acme.shop.service"
                    + (i % 4)
                    + ".Handler"
                    + (inApp && i == FRAMES - 1 ? group : i)
                : "org.springframework.web.servlet.support.Layer" + i;
        if (i > 0) {
          frames.append(',');
        }
        frames
            .append("{\"filename\":\"")
            .append(module.substring(module.lastIndexOf('.') + 1))
            .append(".java\",\"function\":\"handle")
            .append(inApp ? "Request" + group % 7 : "Internal")
            .append("\",\"module\":\"")
            .append(module)
            .append("\",\"lineno\":")
            .append(100 + i)
            .append(",\"in_app\":")
            .append(inApp)
            .append(",\"native\":false}");
      }
      StringBuilder crumbs = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        if (i > 0) {
          crumbs.append(',');
        }
        crumbs
            .append("{\"timestamp\":\"2026-12-07T12:00:")
            .append(String.format("%02d", i))
            .append(".000Z\",\"category\":\"http\",\"type\":\"http\",\"level\":\"info\",")
            .append("\"data\":{\"url\":\"https://payments.acme.test/v2/charges/")
            .append(i)
            .append("\",\"method\":\"POST\",\"status_code\":200,\"reason\":\"OK\"}}");
      }
      return "{\"event_id\":\"@@ID@@\",\"timestamp\":\"2026-12-07T12:00:00.000Z\","
          + "\"platform\":\"java\",\"level\":\"error\",\"release\":\"shop@4.2.0\","
          + "\"environment\":\"production\",\"server_name\":\"shop-7f9c\","
          + "\"sdk\":{\"name\":\"sentry.java\",\"version\":\"8.47.0\",\"packages\":[{\"name\":\"maven:io.sentry:sentry\",\"version\":\"8.47.0\"}]},"
          + "\"tags\":{\"region\":\"westeurope\",\"tenant\":\"t"
          + group % 20
          + "\"},\"user\":{\"id\":\"user-"
          + group
          + "\",\"ip_address\":\"{{auto}}\"},"
          + "\"contexts\":{\"runtime\":{\"name\":\"OpenJDK Runtime Environment\",\"version\":\"17.0.12\"},"
          + "\"os\":{\"name\":\"Linux\",\"version\":\"6.1\"}},"
          + "\"breadcrumbs\":{\"values\":["
          + crumbs
          + "]},\"exception\":{\"values\":[{\"type\":\"IllegalStateException\",\"value\":\"Order "
          + group
          + " cannot be charged: the card was declined by the issuer\",\"module\":\"java.lang\","
          + "\"thread_id\":1,\"mechanism\":{\"type\":\"UncaughtExceptionHandler\",\"handled\":false},"
          + "\"stacktrace\":{\"frames\":["
          + frames
          + "]}}]}}";
    }
  }

  /** Posts envelopes as the Java SDK does (gzip, X-Sentry-Auth). */
  static final class Sender {
    record Result(int count, double seconds, Latencies latencies) {}

    private final HttpClient client;
    private final String auth;

    Sender(HttpClient client, String auth) {
      this.client = client;
      this.auth = auth;
    }

    Latencies openLoop(URI url, Events events, int perSecond, int count) {
      Latencies latencies = new Latencies();
      List<CompletableFuture<?>> inFlight = new ArrayList<>(count);
      long start = System.nanoTime();
      long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
      for (int i = 0; i < count; i++) {
        long wait = start + i * interval - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        long sent = System.nanoTime();
        inFlight.add(
            client
                .sendAsync(request(url, events.next()), HttpResponse.BodyHandlers.discarding())
                .handle(
                    (response, error) -> {
                      check(response, error);
                      latencies.record(System.nanoTime() - sent);
                      return null;
                    }));
      }
      CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
      return latencies;
    }

    Result closedLoop(URI url, Events events, int senders, int total) {
      return closedLoop(url, events, senders, total, new Latencies());
    }

    /** As fast as {@code senders} get answers, recording into {@code latencies}. */
    Result closedLoop(URI url, Events events, int senders, int total, Latencies latencies) {
      AtomicInteger remaining = new AtomicInteger(total);
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        Thread thread =
            new Thread(
                () -> {
                  while (remaining.getAndDecrement() > 0) {
                    long sent = System.nanoTime();
                    try {
                      HttpResponse<Void> response =
                          client.send(
                              request(url, events.next()), HttpResponse.BodyHandlers.discarding());
                      check(response, null);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
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
      return new Result(total, (System.nanoTime() - start) / 1e9, latencies);
    }

    private static void check(HttpResponse<?> response, Throwable error) {
      if (error != null) {
        throw new IllegalStateException("an event could not be sent", error);
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the intake answered " + response.statusCode());
      }
    }

    private HttpRequest request(URI url, byte[] body) {
      return HttpRequest.newBuilder(url)
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/x-sentry-envelope")
          .header("Content-Encoding", "gzip")
          .header("X-Sentry-Auth", auth)
          .header("User-Agent", "sentry.java/8.47.0")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
    }
  }
}
