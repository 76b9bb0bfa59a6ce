package dev.adolink.server.scm;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code adolink.scm.suspects.*} (environment variables {@code ADOLINK_SCM_SUSPECTS_...}).
 *
 * @param releaseWindow how many releases are searched: the release and those before it
 * @param frameLimit how many frames nearest the crash are matched
 * @param limit how many suspect commits an issue keeps
 */
@Validated
@ConfigurationProperties("adolink.scm.suspects")
record SuspectProperties(
    @Min(1) @Max(100) @DefaultValue("5") int releaseWindow,
    @Min(1) @Max(500) @DefaultValue("25") int frameLimit,
    @Min(1) @Max(20) @DefaultValue("3") int limit) {}
