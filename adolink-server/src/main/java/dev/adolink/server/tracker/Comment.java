package dev.adolink.server.tracker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * @param author the tracker user shown as the writer; may be absent for a comment an integration
 *     brought in from Azure DevOps
 */
public record Comment(
    long id,
    long issueId,
    String text,
    @Nullable UserRef author,
    ChangeSource source,
    Instant created,
    Instant updated) {}
