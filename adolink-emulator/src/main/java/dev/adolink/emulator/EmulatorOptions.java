package dev.adolink.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start an emulator. {@code EmulatorOptions.defaults()} is port 0 (any free port) on
 * 127.0.0.1, 256 worker threads, no seed; each setter answers a changed copy.
 */
public final class EmulatorOptions {

  private final String bindAddress;
  private final int port;
  private final int threads;
  private final Path seed;
  private final String publicUrl;

  private EmulatorOptions(String bindAddress, int port, int threads, Path seed, String publicUrl) {
    this.bindAddress = bindAddress;
    this.port = port;
    this.threads = threads;
    this.seed = seed;
    this.publicUrl = publicUrl;
  }

  public static EmulatorOptions defaults() {
    return new EmulatorOptions("127.0.0.1", 0, 256, null, null);
  }

  public String bindAddress() {
    return bindAddress;
  }

  public int port() {
    return port;
  }

  /** Worker threads; injected latency holds one per request in flight. */
  public int threads() {
    return threads;
  }

  /** The seed file applied at start and after every reset. */
  public Optional<Path> seed() {
    return Optional.ofNullable(seed);
  }

  /** The root URL written into responses; default {@code http://{bind}:{port}/}. */
  public Optional<String> publicUrl() {
    return Optional.ofNullable(publicUrl);
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
    return new EmulatorOptions(bindAddress, port, threads, seed, publicUrl);
  }

  public EmulatorOptions publicUrl(String publicUrl) {
    return new EmulatorOptions(bindAddress, port, threads, seed, publicUrl);
  }
}
