package dev.adolink.azure.transport;

import dev.adolink.azure.auth.Credentials;
import java.time.Duration;

/**
 * Told about every HTTP exchange the transport makes and every wait of a rate-limit gate, for
 * metrics. Called on the calling thread; an observer must be quick and must not throw.
 */
public interface CallObserver {

  /** Observes nothing (the default). */
  CallObserver NONE = new CallObserver() {};

  /**
   * One request answered (or failed in transport, {@code status} 0). Retries of a 429 or 503 and
   * the request after a renewed token are exchanges of their own.
   *
   * @param organization the organization's name, {@code global} for the profile host
   * @param area the resource area of the path: the segment after {@code _apis/} ({@code wit},
   *     {@code git}, {@code hooks}, ...), {@code other} without one
   * @param credentials the credentials the call was made with (who the caller is)
   */
  default void exchanged(
      String organization, String area, int status, Duration took, Credentials credentials) {}

  /** The organization's gate held a request for {@code wait} (a {@code Retry-After} or pacing). */
  default void waited(String organization, Duration wait) {}

  /** The resource area of a request path: {@code Web/_apis/wit/workitems/1} is {@code wit}. */
  static String area(String pathAndQuery) {
    int apis = pathAndQuery.indexOf("_apis/");
    if (apis < 0) {
      return "other";
    }
    int start = apis + "_apis/".length();
    int end = start;
    while (end < pathAndQuery.length() && "/?&".indexOf(pathAndQuery.charAt(end)) < 0) {
      end++;
    }
    String area = pathAndQuery.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    return area.isEmpty() || area.length() > 40 ? "other" : area;
  }
}
