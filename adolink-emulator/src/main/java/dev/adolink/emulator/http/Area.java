package dev.adolink.emulator.http;

/**
 * One part of the emulated API (projects, git, work items, ...). Each area registers its routes;
 * the list of areas is assembled in one place ({@code dev.adolink.emulator.Areas}).
 */
public interface Area {
  void register(Routes routes);
}
