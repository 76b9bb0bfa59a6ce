package dev.adolink.emulator.http;

/** Answers one matched request; throws {@link AdoException} for ADO's error answers. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request);
}
