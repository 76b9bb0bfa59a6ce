package dev.adolink.server.demo;

import dev.adolink.emulator.AdoEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --demo}: starts the Azure DevOps emulator before the context is built, points {@code
 * adolink.azure.*} at it, and supplies defaults for the demo's login and data directory (a fresh
 * temporary one unless {@code ADOLINK_DATA_DIR} is given). Without the flag it does nothing.
 */
class DemoEnvironment implements EnvironmentPostProcessor {

  static final String FLAG = "demo";
  static final String ADMIN_EMAIL = "admin@demo.adolink";
  static final String ADMIN_PASSWORD = "demo-password";
  static final String API_TOKEN = "demo-api-token";
  static final String CLIENT_ID = "6d1c4a7e-0000-4000-8000-0000000de300";
  static final String CLIENT_SECRET = "demo-entra-client-secret";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.containsProperty(FLAG)) {
      return;
    }
    AdoEmulator emulator = DemoEmulator.start();
    Map<String, Object> wiring = new HashMap<>();
    wiring.put("adolink.azure.allow-insecure-urls", "true");
    wiring.put("adolink.azure.vssps-url", emulator.baseUrl() + "_hosts/app.vssps/");
    wiring.put("adolink.azure.entra-authority", emulator.baseUrl() + "_hosts/login/");
    wiring.put("adolink.azure.client-id", CLIENT_ID);
    wiring.put("adolink.azure.client-secret", CLIENT_SECRET);
    if (!explicit(environment, "adolink.data-dir", "ADOLINK_DATA_DIR")) {
      wiring.put("adolink.data-dir", temporaryDataDir());
    }
    environment.getPropertySources().addFirst(new MapPropertySource("adolinkDemo", wiring));
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("adolink.bootstrap.admin-email", ADMIN_EMAIL);
    defaults.put("adolink.bootstrap.admin-password", ADMIN_PASSWORD);
    defaults.put("adolink.bootstrap.api-token", API_TOKEN);
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("adolinkDemoDefaults", defaults));
  }

  /** Whether the user set this property themselves (not application.properties). */
  private static boolean explicit(ConfigurableEnvironment environment, String name, String env) {
    for (String source : List.of("commandLineArgs", "systemProperties", "systemEnvironment")) {
      var propertySource = environment.getPropertySources().get(source);
      if (propertySource != null
          && (propertySource.containsProperty(name) || propertySource.containsProperty(env))) {
        return true;
      }
    }
    return false;
  }

  private static String temporaryDataDir() {
    try {
      return Files.createTempDirectory("adolink-demo-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data directory for the demo", e);
    }
  }
}
