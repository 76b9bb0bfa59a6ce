package dev.adolink.emulator.faults;

import dev.adolink.emulator.ado.AdoException;
import java.util.Map;
import java.util.Optional;

/**
 * What the faults decide for one request: wait {@code latencyMs} (wall time), then either answer
 * with {@code rejection} or serve the request; in both cases add {@code headers}.
 */
public record Admission(
    long latencyMs, Optional<AdoException> rejection, Map<String, String> headers) {}
