package dev.adolink.emulator;

/** Runs the emulator as a standalone process. */
public final class EmulatorMain {

  private EmulatorMain() {}

  public static void main(String[] args) {
    System.out.println("adolink emulator: not built yet");
  }
}
