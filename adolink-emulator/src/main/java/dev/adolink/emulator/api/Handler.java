package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.http.Response;

/** Answers one matched request; throws {@link AdoException} for ADO's error answers. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request);
}
