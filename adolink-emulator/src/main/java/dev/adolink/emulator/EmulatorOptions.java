package dev.adolink.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start an emulator. {@code EmulatorOptions.defaults()} is port 0 (any free port) on
 * 127.0.0.1, no seed.
 *
 * @param threads worker threads; injected latency holds one per request in flight
 * @param publicUrl the root URL written into responses; default {@code http://{bind}:{port}/}
 */
public record EmulatorOptions(
    String bindAddress, int port, int threads, Optional<Path> seed, Optional<String> publicUrl) {

  public static EmulatorOptions defaults() {
    return new EmulatorOptions("127.0.0.1", 0, 256, Optional.empty(), Optional.empty());
  }

  public EmulatorOptions port(int port) {
    return new EmulatorOptions(bindAddress, port, threads, seed, publicUrl);
  }

  public EmulatorOptions bindAddress(String bindAddress) {
    return new EmulatorOptions(bindAddress, port, threads, seed, publicUrl);
  }

  public EmulatorOptions threads(int threads) {
    return new EmulatorOptions(bindAddress, port, threads, seed, publicUrl);
  }

  public EmulatorOptions seed(Path seed) {
    return new EmulatorOptions(bindAddress, port, threads, Optional.of(seed), publicUrl);
  }

  public EmulatorOptions publicUrl(String publicUrl) {
    return new EmulatorOptions(bindAddress, port, threads, seed, Optional.of(publicUrl));
  }
}
