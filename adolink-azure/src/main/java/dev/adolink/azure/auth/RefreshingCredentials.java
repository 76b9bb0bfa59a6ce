package dev.adolink.azure.auth;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Bearer credentials that obtain a new access token shortly before the current one expires, and
 * once more after ADO rejected it. One thread refreshes at a time; the others wait for its result.
 */
abstract class RefreshingCredentials implements Credentials {

  private static final System.Logger LOG = System.getLogger(RefreshingCredentials.class.getName());

  /** Refresh this long before the expiry, so no request goes out with a token about to expire. */
  static final Duration EARLY = Duration.ofMinutes(2);

  private final ReentrantLock lock = new ReentrantLock();
  private final TokenListener listener;
  private @Nullable TokenSet current;

  RefreshingCredentials(@Nullable TokenSet initial, TokenListener listener) {
    this.current = initial;
    this.listener = listener;
  }

  /** Asks the token endpoint for new tokens; {@code previous} is null before the first one. */
  abstract TokenSet obtain(AuthContext context, @Nullable TokenSet previous);

  @Override
  public String authorization(AuthContext context) {
    lock.lock();
    try {
      TokenSet tokens = current;
      if (tokens == null || !context.clock().instant().isBefore(tokens.expiresAt().minus(EARLY))) {
        tokens = renew(context, tokens);
      }
      return "Bearer " + tokens.accessToken();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean renewAfterRejection(String rejected, AuthContext context) {
    lock.lock();
    try {
      TokenSet tokens = current;
      if (tokens == null || rejected.equals("Bearer " + tokens.accessToken())) {
        renew(context, tokens);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private TokenSet renew(AuthContext context, @Nullable TokenSet previous) {
    TokenSet tokens = obtain(context, previous);
    current = tokens;
    try {
      listener.refreshed(tokens);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "token listener failed: " + e.getClass().getName());
    }
    return tokens;
  }
}
