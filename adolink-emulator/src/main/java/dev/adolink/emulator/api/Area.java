package dev.adolink.emulator.api;

/**
 * One part of the emulated API (projects, git, work items, ...). Each area registers its routes;
 * the list of areas is assembled in one place ({@code dev.adolink.emulator.Wiring}).
 */
public interface Area {
  void register(Routes routes);
}
