package dev.adolink.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 for request bodies over the limit: at once when {@code Content-Length} says so, and
 * for chunked bodies as soon as the reader passes the limit. Either way it then publishes a {@link
 * RequestBodyTooLarge}.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long defaultMaxBytes;
  private final List<RequestBodyLimit> limits;
  private final ApiErrorWriter errors;
  private final ApplicationEventPublisher events;

  RequestSizeLimitFilter(
      long maxBytes,
      List<RequestBodyLimit> limits,
      ApiErrorWriter errors,
      ApplicationEventPublisher events) {
    this.defaultMaxBytes = maxBytes;
    this.limits = List.copyOf(limits);
    this.errors = errors;
    this.events = events;
  }

  private long maxBytes(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (RequestBodyLimit limit : limits) {
      if (limit.appliesTo(path)) {
        return limit.maxBytes();
      }
    }
    return defaultMaxBytes;
  }

  static ApiError tooLarge() {
    return ApiError.of("Request body is too large");
  }

  static boolean isTooLarge(Throwable e) {
    return JsonErrors.find(e, BodyTooLarge.class) != null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // published before the 413 is written, so that whoever got the answer finds the rejection
    long maxBytes = maxBytes(request);
    if (request.getContentLengthLong() > maxBytes) {
      publish(request, maxBytes);
      errors.write(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
      return;
    }
    chain.doFilter(new Limited(request, maxBytes, () -> publish(request, maxBytes)), response);
  }

  private void publish(HttpServletRequest request, long maxBytes) {
    HttpHeaders headers = new HttpHeaders();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.addAll(name, Collections.list(request.getHeaders(name)));
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    events.publishEvent(new RequestBodyTooLarge(request.getMethod(), path, headers, maxBytes));
  }

  static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("request body exceeds the limit");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;
    private final Runnable onExceeded;
    private @Nullable Counting stream;

    Limited(HttpServletRequest request, long maxBytes, Runnable onExceeded) {
      super(request);
      this.maxBytes = maxBytes;
      this.onExceeded = onExceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), maxBytes, onExceeded);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long maxBytes;
    private final Runnable onExceeded;
    private long read;
    private boolean exceeded;

    Counting(ServletInputStream in, long maxBytes, Runnable onExceeded) {
      this.in = in;
      this.maxBytes = maxBytes;
      this.onExceeded = onExceeded;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > maxBytes) {
        if (!exceeded) {
          exceeded = true;
          onExceeded.run();
        }
        throw new BodyTooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
