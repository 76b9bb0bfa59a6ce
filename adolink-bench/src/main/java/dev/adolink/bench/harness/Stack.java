package dev.adolink.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run's processes: the emulator and the server (on free ports, with fresh data), plus the
 * database the server uses. Closing stops all of them.
 */
public final class Stack implements AutoCloseable {

  private final HttpClient client;
  private final Database database;
  private final EmulatorProcess emulator;
  private final ServerProcess server;

  private Stack(
      HttpClient client, Database database, EmulatorProcess emulator, ServerProcess server) {
    this.client = client;
    this.database = database;
    this.emulator = emulator;
    this.server = server;
  }

  /** Starts the stack from the jars under {@code root}; logs go to {@code root/bench/out/}. */
  public static Stack start(Path root, Database database) {
    HttpClient client = Http.newClient();
    Path work;
    try {
      Path logDir = Files.createDirectories(root.resolve("bench/out"));
      work = Files.createTempDirectory("adolink-bench-");
      EmulatorProcess emulator = EmulatorProcess.start(root, logDir, client);
      try {
        ServerProcess server =
            ServerProcess.start(root, work.resolve("data"), logDir, client, emulator, database);
        return new Stack(client, database, emulator, server);
      } catch (RuntimeException e) {
        emulator.close();
        throw e;
      }
    } catch (IOException e) {
      database.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  public HttpClient client() {
    return client;
  }

  public Database database() {
    return database;
  }

  public EmulatorProcess emulator() {
    return emulator;
  }

  public ServerProcess server() {
    return server;
  }

  @Override
  public void close() {
    try (database;
        emulator;
        server) {
      // closed in reverse order: server, emulator, database
    }
  }
}
