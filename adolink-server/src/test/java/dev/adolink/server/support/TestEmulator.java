package dev.adolink.server.support;

import dev.adolink.emulator.AdoEmulator;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Azure DevOps emulator of this test JVM: one {@link AdoEmulator}, started on a free port when
 * the first Spring context starts, stopped when the JVM exits. Its hosts are wired into the
 * context's {@code adolink.azure.*} settings (insecure URLs allowed, the global and Entra ID hosts
 * pointing at it, an Entra app with {@link #CLIENT_ID}); {@code IntegrationFixtures} registers that
 * app in the emulator once the server's port is known.
 */
public final class TestEmulator
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String CLIENT_ID = "6d1c4a7e-0000-4000-8000-00000000a001";
  public static final String CLIENT_SECRET = "test-entra-client-secret";
  public static final String LEGACY_CLIENT_ID = "6d1c4a7e-0000-4000-8000-00000000a002";
  public static final String LEGACY_CLIENT_SECRET = "test-legacy-client-secret";

  private static AdoEmulator emulator;

  /** The emulator, started on first use. */
  public static synchronized AdoEmulator get() {
    if (emulator == null) {
      emulator = AdoEmulator.start();
      Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    }
    return emulator;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(properties(get())).applyTo(context);
  }

  /** The {@code adolink.azure.*} settings that point the server at this emulator. */
  public static Map<String, String> properties(AdoEmulator ado) {
    return Map.of(
        "adolink.azure.allow-insecure-urls", "true",
        "adolink.azure.vssps-url", ado.baseUrl() + "_hosts/app.vssps/",
        "adolink.azure.entra-authority", ado.baseUrl() + "_hosts/login/",
        "adolink.azure.client-id", CLIENT_ID,
        "adolink.azure.client-secret", CLIENT_SECRET,
        "adolink.azure.legacy-client-id", LEGACY_CLIENT_ID,
        "adolink.azure.legacy-client-secret", LEGACY_CLIENT_SECRET);
  }
}
