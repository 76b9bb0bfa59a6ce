package dev.adolink.emulator.junit;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.EmulatorOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an emulator for a test class (a {@code static} field: started once, stopped after all tests)
 * or for each test (an instance field). {@link #resetBeforeEach()} forgets all data (and re-applies
 * the seed) before every test. Test methods may also take an {@link AdoEmulator} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static AdoEmulatorExtension ado = new AdoEmulatorExtension().seed(Path.of("src/test/resources/seed.json"));
 *
 * @Test
 * void listsProjects() {
 *   String url = ado.emulator().organizationUrl("fabrikam");
 * }
 * }</pre>
 */
public final class AdoEmulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private EmulatorOptions options = EmulatorOptions.defaults();
  private boolean resetBeforeEach;
  private AdoEmulator emulator;
  private boolean perTest;

  public AdoEmulatorExtension options(EmulatorOptions options) {
    this.options = options;
    return this;
  }

  public AdoEmulatorExtension seed(Path seed) {
    this.options = options.seed(seed);
    return this;
  }

  public AdoEmulatorExtension resetBeforeEach() {
    this.resetBeforeEach = true;
    return this;
  }

  /** The running emulator. */
  public AdoEmulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator runs only while tests run");
    }
    return emulator;
  }

  public String baseUrl() {
    return emulator().baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = AdoEmulator.start(options);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (emulator == null) {
      perTest = true;
      emulator = AdoEmulator.start(options);
    } else if (resetBeforeEach) {
      emulator.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  private void stop() {
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == AdoEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return emulator();
  }
}
