package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A deployment Azure Pipelines announced that found no release ({@code deploys_unmatched: log}).
 *
 * @param runName the pipeline (or release definition) and run
 * @param commit what the run built, when ADO said
 */
public record UnmatchedDeployment(
    String environment,
    String result,
    @Nullable String runName,
    @Nullable String runUrl,
    @Nullable String commit,
    Instant createdAt) {}
