package dev.adolink.azure.wit;

import java.net.URI;
import java.net.URISyntaxException;

/** Path segments inside {@code $batch} URIs, which the transport does not build. */
final class WitPaths {

  private WitPaths() {}

  static String segment(String value) {
    try {
      return new URI(null, null, "/" + value, null).getRawPath().substring(1).replace("/", "%2F");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path segment: " + value, e);
    }
  }
}
