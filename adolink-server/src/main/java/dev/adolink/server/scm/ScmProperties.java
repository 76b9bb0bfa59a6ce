package dev.adolink.server.scm;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code adolink.scm.*} (environment variables {@code ADOLINK_SCM_...}).
 *
 * @param commitRangeLimit how many commits a range without a start (no previous commit, no previous
 *     release) reads back from its head; also the most commits one push stores
 * @param commitConcurrency commits read from Azure DevOps at the same time per range (the client's
 *     per-organization limit applies on top)
 * @param fileLinkTtl how long a file's existence, checked for a stack-trace link, is remembered
 */
@Validated
@ConfigurationProperties("adolink.scm")
record ScmProperties(
    @Min(1) @DefaultValue("1000") int commitRangeLimit,
    @Min(1) @Max(64) @DefaultValue("16") int commitConcurrency,
    @NotNull @DefaultValue("1h") Duration fileLinkTtl) {}
