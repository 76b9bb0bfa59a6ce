package dev.adolink.server.system;

/**
 * A feature's own request body limit for some paths, used instead of {@code
 * adolink.max-request-body} (the event intake takes larger, compressed envelopes).
 */
public interface RequestBodyLimit {

  /** Whether this limit applies to a request for {@code path} (without the context path). */
  boolean appliesTo(String path);

  long maxBytes();
}
