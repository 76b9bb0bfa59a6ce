package dev.adolink.server.jobs;

/**
 * A kind of job: its unique name, the record its payload is (stored as JSON, so keep it small and
 * stable), how often it is tried and how long it waits in between. After {@code maxAttempts} failed
 * runs the job moves to the failed state, where an operator sees and retries it.
 *
 * <p>A job's key names what it works on, so that the same work is queued once: {@link #key} builds
 * every key the same way (its parts joined by {@code -}, e.g. {@code outbound-3-retry-1700000000}).
 */
public record JobType<P>(String name, Class<P> payloadType, int maxAttempts, Backoff backoff) {

  public JobType {
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("job type name must be 1-100 characters");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("a job needs at least one attempt");
    }
  }

  /** A key of this type's jobs: the parts joined by {@code -} ({@code key("release", 7)}). */
  public String key(Object first, Object... more) {
    StringBuilder key = new StringBuilder(String.valueOf(first));
    for (Object part : more) {
      key.append('-').append(part);
    }
    return key.toString();
  }
}
