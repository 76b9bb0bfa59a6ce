package dev.adolink.server.tracker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * @param author the tracker user shown as the writer; may be absent for a comment an integration
 *     brought in from Azure DevOps
 * @param externalAuthor who wrote it outside the tracker (an Azure DevOps display name) when no
 *     tracker user could be named
 */
public record Comment(
    long id,
    long issueId,
    String text,
    @Nullable UserRef author,
    ChangeSource source,
    Instant created,
    Instant updated,
    @Nullable String externalAuthor) {}
