package dev.adolink.emulator.git;

import java.time.Instant;

/** The author or committer of a commit ({@code GitUserDate}). */
public record Signature(String name, String email, Instant date) {}
