package dev.adolink.server.tracker;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adds a user to an organization ({@code POST .../members/} and the UI's form); validated with
 * {@code @Valid} where it is bound, then by {@link OrganizationService#addMember}.
 *
 * @param name shown name; the email when blank
 * @param role {@code owner}, {@code manager} or {@code member}
 * @param password only used when the user is new
 */
public record NewMember(
    @NotBlank @Email @Size(max = 254) String email,
    @Nullable @Size(max = 200) String name,
    @NotBlank String role,
    @Nullable @Size(min = 8, max = 200) String password) {}
