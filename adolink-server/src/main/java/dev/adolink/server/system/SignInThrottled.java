package dev.adolink.server.system;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password: too many recent failures. */
class SignInThrottled extends AuthenticationException {

  private final Duration retryAfter;

  SignInThrottled(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, rounded up, for {@code Retry-After}. */
  long retryAfterSeconds() {
    return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
  }
}
