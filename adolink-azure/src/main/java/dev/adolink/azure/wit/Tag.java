package dev.adolink.azure.wit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A work item tag defined in a project. */
public record Tag(String id, String name, @Nullable Instant lastUpdated, @Nullable String url) {}
