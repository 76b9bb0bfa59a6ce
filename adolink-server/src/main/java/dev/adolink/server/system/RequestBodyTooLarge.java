package dev.adolink.server.system;

import org.springframework.http.HttpHeaders;

/**
 * Published (synchronously, in the request's thread) after a request was answered 413 because its
 * body is over {@code adolink.max-request-body}, so that a feature can keep a record of it (the
 * webhook intake stores rejected deliveries). The body was not read beyond the limit and is not
 * part of the event.
 *
 * @param path the request's path, without the context path
 * @param headers the request's headers (they may hold secrets: do not log them)
 * @param maxBytes the limit the body exceeded
 */
public record RequestBodyTooLarge(String method, String path, HttpHeaders headers, long maxBytes) {

  /** The limit as people read it: {@code 1 MiB}, or bytes when not whole mebibytes. */
  public String limit() {
    long mebibyte = 1024 * 1024;
    return maxBytes % mebibyte == 0 ? maxBytes / mebibyte + " MiB" : maxBytes + " bytes";
  }
}
