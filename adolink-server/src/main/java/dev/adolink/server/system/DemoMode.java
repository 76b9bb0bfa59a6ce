package dev.adolink.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --demo} on the command line. Demo mode (emulator in-process, seeded data) is not built
 * yet; until it is, the flag is recognised and says so rather than pretending.
 */
@Component
class DemoMode implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

  @Override
  public void run(ApplicationArguments args) {
    if (args.containsOption("demo")) {
      log.warn("--demo: demo mode is not available yet; starting without demo data");
    }
  }
}
