package dev.adolink.azure.profile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The signed-in user's profile; {@code id} is the member id for {@link ProfileApi#accounts}. */
public record Profile(
    String id,
    @Nullable String displayName,
    @Nullable String publicAlias,
    @Nullable String emailAddress,
    @Nullable Instant timeStamp) {}
