package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A deploy to record.
 *
 * @param finishedAt default: now
 * @param result how the deployment ended ({@link Deploy#SUCCEEDED} unless a pipeline says
 *     otherwise)
 * @param externalKey the pipeline event it comes from: recording it again changes nothing
 */
public record NewDeploy(
    String environment,
    @Nullable String name,
    @Nullable String url,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    String result,
    @Nullable String externalKey) {

  public NewDeploy(
      String environment,
      @Nullable String name,
      @Nullable String url,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt) {
    this(environment, name, url, startedAt, finishedAt, Deploy.SUCCEEDED, null);
  }
}
