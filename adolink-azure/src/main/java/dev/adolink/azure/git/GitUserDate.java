package dev.adolink.azure.git;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Author or committer of a commit, as Git recorded it (not an ADO identity). */
public record GitUserDate(@Nullable String name, @Nullable String email, @Nullable Instant date) {}
