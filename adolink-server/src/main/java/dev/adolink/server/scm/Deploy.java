package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A release deployed to an environment.
 *
 * @param result {@code succeeded}, or how a pipeline's deployment ended otherwise ({@code failed},
 *     {@code canceled}, {@code rejected}, {@code partiallySucceeded})
 */
public record Deploy(
    long id,
    String environment,
    @Nullable String name,
    @Nullable String url,
    @Nullable Instant startedAt,
    Instant finishedAt,
    String result) {

  public static final String SUCCEEDED = "succeeded";

  public boolean succeeded() {
    return SUCCEEDED.equals(result);
  }
}
