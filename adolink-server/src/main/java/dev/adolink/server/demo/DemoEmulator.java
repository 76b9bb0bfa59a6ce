package dev.adolink.server.demo;

import dev.adolink.emulator.AdoEmulator;

/** The demo's emulator: started before the Spring context, stopped with the JVM. */
final class DemoEmulator {

  private static AdoEmulator emulator;

  private DemoEmulator() {}

  static synchronized AdoEmulator start() {
    if (emulator == null) {
      emulator = AdoEmulator.start();
      Runtime.getRuntime().addShutdownHook(new Thread(DemoEmulator::stop));
    }
    return emulator;
  }

  static synchronized AdoEmulator get() {
    if (emulator == null) {
      throw new IllegalStateException("the demo emulator was not started (no --demo flag)");
    }
    return emulator;
  }

  static synchronized void stop() {
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }
}
