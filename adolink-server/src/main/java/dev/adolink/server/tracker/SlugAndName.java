package dev.adolink.server.tracker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new organization or project ({@code POST /api/0/organizations/}, {@code .../projects/} and the
 * UI's forms), validated with {@code @Valid} where it is bound.
 */
public record SlugAndName(
    @NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String slug,
    @NotBlank @Size(max = 200) String name) {

  static final String SLUG = "[a-z][a-z0-9_-]{0,49}";
  static final String SLUG_MESSAGE =
      "must be 1-50 lower-case letters, digits, '-' or '_', starting with a letter";
}
