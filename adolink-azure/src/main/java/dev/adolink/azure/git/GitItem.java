package dev.adolink.azure.git;

import org.jspecify.annotations.Nullable;

/** A file or folder at a version; {@code content} is set when the content was asked for. */
public record GitItem(
    @Nullable String objectId,
    GitChange.@Nullable ObjectType gitObjectType,
    @Nullable String commitId,
    String path,
    boolean isFolder,
    @Nullable String content,
    @Nullable String url) {}
