package dev.adolink.server.scm;

import org.jspecify.annotations.Nullable;

/**
 * An in-app stack frame and its file in Azure Repos.
 *
 * @param sourcePath the mapped path in the repository (no leading slash)
 * @param error why there is no URL: {@code no_code_mapping}, {@code file_not_found} or {@code
 *     unavailable}
 */
public record FrameLink(
    String filename,
    @Nullable Integer lineNo,
    @Nullable String url,
    @Nullable String sourcePath,
    @Nullable String error) {}
