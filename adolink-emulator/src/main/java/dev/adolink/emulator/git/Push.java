package dev.adolink.emulator.git;

import dev.adolink.emulator.store.User;
import java.time.Instant;
import java.util.List;

/** A push: who, when, which refs moved, and the new commits (oldest first). */
public record Push(
    int pushId, Instant date, User pushedBy, List<RefUpdate> refUpdates, List<String> commitIds) {}
