package dev.adolink.azure.testing;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real {@link HttpClient} that also keeps a copy of every request it sends (headers and body), so
 * tests can assert on exactly what went over the wire to the emulator. It does not answer anything
 * itself.
 */
public final class RecordingHttpClient extends HttpClient {

  /** A request as sent. */
  public record Sent(String method, URI uri, HttpHeaders headers, byte[] body) {
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String path() {
      return uri.getRawPath();
    }

    public String query() {
      return uri.getRawQuery() == null ? "" : uri.getRawQuery();
    }
  }

  private final HttpClient delegate;
  private final List<Sent> sent = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger inFlight =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger maxInFlight =
      new java.util.concurrent.atomic.AtomicInteger();

  public RecordingHttpClient(HttpClient delegate) {
    this.delegate = delegate;
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  public synchronized void clear() {
    sent.clear();
    maxInFlight.set(0);
  }

  /** The most requests that were waiting for their answer at the same time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  private synchronized void record(HttpRequest request) {
    sent.add(new Sent(request.method(), request.uri(), request.headers(), body(request)));
  }

  private static byte[] body(HttpRequest request) {
    if (request.bodyPublisher().isEmpty()) {
      return new byte[0];
    }
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    request
        .bodyPublisher()
        .get()
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
              }

              @Override
              public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                done.complete(out.toByteArray());
              }
            });
    return done.join();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    record(request);
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      return delegate.send(request, handler);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    record(request);
    return delegate.sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    record(request);
    return delegate.sendAsync(request, handler, pushPromiseHandler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
