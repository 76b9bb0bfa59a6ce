package dev.adolink.emulator;

import dev.adolink.emulator.store.Organization;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator as a standalone process: {@code java -jar adolink-emulator.jar [--port 8090]
 * [--bind 127.0.0.1] [--seed seed.json] [--public-url URL]}. Prints its URL and, per seeded
 * organization, the users' PATs; stops on Ctrl-C.
 */
public final class EmulatorMain {

  private EmulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    EmulatorOptions options = EmulatorOptions.defaults().port(8090);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--port" -> options = options.port(Integer.parseInt(required(arg, value)));
        case "--bind" -> options = options.bindAddress(required(arg, value));
        case "--seed" -> options = options.seed(Path.of(required(arg, value)));
        case "--public-url" -> options = options.publicUrl(required(arg, value));
        case "--help", "-h" -> {
          System.out.println(
              "usage: java -jar adolink-emulator.jar [--port 8090] [--bind 127.0.0.1] [--seed seed.json] [--public-url URL]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
      i++;
    }
    AdoEmulator emulator = AdoEmulator.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                }));
    System.out.println("Azure DevOps emulator listening on " + emulator.baseUrl());
    System.out.println("control API: " + emulator.baseUrl() + "_emulator/");
    for (Organization org : emulator.organizations()) {
      System.out.println(
          "organization " + org.name() + ": " + emulator.organizationUrl(org.name()));
      emulator
          .pats(org.name())
          .forEach(p -> System.out.println("  " + p.user().email() + " PAT: " + p.token()));
    }
    stopped.await();
  }

  private static String required(String arg, String value) {
    if (value == null) {
      throw new IllegalArgumentException(arg + " needs a value");
    }
    return value;
  }
}
