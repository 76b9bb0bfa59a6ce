package dev.adolink.azure.transport;

import java.time.Instant;

/**
 * A rate-limit gate shared with the other processes that call the same organizations, e.g. several
 * adolink instances on one database: a {@code Retry-After} that one of them is given holds the
 * requests of all of them, not only its own. The transport asks {@link #notBefore} just before each
 * request and calls {@link #hold} after each {@code Retry-After}, on the calling thread; both must
 * be quick. A failure is logged and ignored: the process's own gate still holds.
 */
public interface SharedGate {

  /** Shares nothing (the default): each process has only its own gate. */
  SharedGate NONE =
      new SharedGate() {
        @Override
        public Instant notBefore(String organization) {
          return Instant.EPOCH;
        }

        @Override
        public void hold(String organization, Instant until) {}
      };

  /**
   * When requests to the organization may start again, as any process recorded it.
   *
   * @param organization the organization's URL key ({@code https://dev.azure.com/fabrikam})
   */
  Instant notBefore(String organization);

  /** Records that no request may go to the organization before {@code until}. */
  void hold(String organization, Instant until);
}
