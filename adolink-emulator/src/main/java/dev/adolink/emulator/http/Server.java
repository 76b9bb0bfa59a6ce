package dev.adolink.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server: the JDK's {@code com.sun.net.httpserver} (no framework, so the emulator embeds
 * in any application without dependency clashes) on a bounded pool of worker threads sized for
 * hundreds of concurrent requests (injected latency holds a worker). It knows HTTP only: each
 * request goes to one {@link Service} as an {@link Incoming}, and the {@link Response} goes back.
 */
public final class Server implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Server.class.getName());
  private static final int MAX_BODY = 64 * 1024 * 1024;

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private volatile Service service;

  private Server(HttpServer server, ThreadPoolExecutor workers) {
    this.server = server;
    this.workers = workers;
  }

  /** Binds the port (0: any free port); {@link #start} begins serving. */
  public static Server bind(String bindAddress, int port, int threads) throws IOException {
    disableNagle();
    HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 1024);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(20_000),
            r -> {
              Thread t = new Thread(r, "ado-emulator-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    workers.allowCoreThreadTimeOut(true);
    server.setExecutor(workers);
    return new Server(server, workers);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Starts serving every request with {@code service}. */
  public void start(Service service) {
    this.service = service;
    server.createContext("/", this::exchange);
    server.start();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      Response response;
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      try {
        response = serve(exchange);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "failed to serve " + exchange.getRequestURI(), e);
        response = Response.status(500);
      }
      if (response.isLost()) {
        return; // closing the exchange unanswered closes the connection
      }
      write(exchange, response, head);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "client went away", e);
    }
  }

  private Response serve(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/+", "");
    byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return service.unreadable(413, "Request body too large.");
    }
    return service.serve(
        new Incoming(
            method(exchange), rawPath, uri.getRawQuery(), exchange.getRequestHeaders(), body));
  }

  /**
   * The JDK's HttpServer leaves Nagle's algorithm on unless this property is set before its
   * configuration is first read; with the client's delayed ACKs every keep-alive answer then waits
   * about 40 ms, which would swamp the latency the emulator injects on purpose. The property is
   * JVM-wide and only makes other JDK HttpServers answer sooner; an explicit setting is kept.
   */
  private static void disableNagle() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static String method(HttpExchange exchange) {
    String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
    if (method.equals("POST") && override != null && !override.isBlank()) {
      return override.trim().toUpperCase(java.util.Locale.ROOT);
    }
    return method.equals("HEAD") ? "GET" : method;
  }

  private static void write(HttpExchange exchange, Response response, boolean head)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    response.headers().forEach(headers::set);
    headers.set("ActivityId", UUID.randomUUID().toString());
    byte[] body = response.render();
    int status = response.status();
    if (head || status == 204 || status == 304 || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops serving and releases the port and the worker threads. */
  @Override
  public void close() {
    server.stop(0);
    ExecutorService pool = workers;
    pool.shutdownNow();
  }
}
