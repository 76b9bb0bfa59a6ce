package dev.adolink.azure.graph;

import org.jspecify.annotations.Nullable;

/**
 * A user of the organization's graph.
 *
 * @param origin {@code aad}, {@code msa} or {@code vsts}
 * @param descriptor the graph subject descriptor ({@code aad.…}), stable across organizations
 */
public record GraphUser(
    String descriptor,
    @Nullable String displayName,
    @Nullable String mailAddress,
    @Nullable String principalName,
    @Nullable String origin,
    @Nullable String originId,
    @Nullable String subjectKind,
    @Nullable String metaType,
    @Nullable String url) {}
