package dev.adolink.emulator.hooks;

import com.sun.net.httpserver.HttpServer;
import dev.adolink.emulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A real HTTP endpoint for service hook deliveries: records every request and answers with the
 * statuses it is told to (then 200). {@code hang()} makes the next request wait until the receiver
 * closes, so the emulator's delivery timeout fires.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One received delivery. */
  record Received(String path, Map<String, List<String>> headers, String body) {
    JsonNode json() {
      return Json.MAPPER.readTree(body);
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private static final int HANG = -1;

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
  private final CountDownLatch released = new CountDownLatch(1);

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
          Integer status = statuses.poll();
          if (status != null && status == HANG) {
            try {
              released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
          }
          byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next deliveries get these statuses, in order; afterwards 200. */
  WebhookReceiver answer(int... codes) {
    for (int code : codes) {
      statuses.add(code);
    }
    return this;
  }

  /** The next delivery gets no answer until the receiver closes. */
  WebhookReceiver hang() {
    statuses.add(HANG);
    return this;
  }

  List<Received> received() {
    return new ArrayList<>(received);
  }

  List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
