package dev.adolink.azure.core;

import org.jspecify.annotations.Nullable;

/** A process template (Agile, Scrum, Basic, CMMI or an inherited one). */
public record Process(
    String id,
    String name,
    @Nullable String description,
    boolean isDefault,
    @Nullable String type,
    @Nullable String url) {}
