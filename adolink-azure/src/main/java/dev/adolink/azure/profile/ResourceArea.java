package dev.adolink.azure.profile;

import org.jspecify.annotations.Nullable;

/** A resource area of an organization and the base URL that serves it. */
public record ResourceArea(String id, @Nullable String name, String locationUrl) {

  /** The core area: its location is the organization's base URL. */
  public static final String CORE = "79134c72-4a58-4b42-976c-04e7115f32bf";
}
