package dev.adolink.server.system;

import java.util.List;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Spring AOT on the JVM for {@code main}: the build ({@code spring-boot-maven-plugin}'s {@code
 * process-aot}) generated the bean definitions as code, which spares the start the class path scan
 * and the evaluation of every condition. Those conditions were decided at build time, with nothing
 * set, so a start that sets a property one of our conditional beans reads ({@code --demo}, {@code
 * adolink.jobs.run-in-background}) runs the ordinary way. {@code -Dspring.aot.enabled=false} turns
 * it off; tests never run {@code main} and are unaffected.
 */
public final class AheadOfTime {

  static final String ENABLED = "spring.aot.enabled";

  /** What the generated definitions start from; absent when the build did not run process-aot. */
  static final String INITIALIZER =
      "dev.adolink.server.AdolinkApplication__ApplicationContextInitializer";

  /** The properties our {@code @ConditionalOnProperty} beans read (demo's steps, the scheduler). */
  static final List<String> CONDITIONS = List.of("demo", "adolink.jobs.run-in-background");

  private AheadOfTime() {}

  /** Sets {@code spring.aot.enabled} for this start when {@link #applies} says so. */
  public static void enableFor(String[] args) {
    if (System.getProperty(ENABLED) != null
        // the build's process-aot runs main to generate them (again)
        || System.getProperty(AbstractAotProcessor.AOT_PROCESSING) != null
        || !ClassUtils.isPresent(INITIALIZER, AheadOfTime.class.getClassLoader())) {
      return;
    }
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
    if (applies(environment)) {
      System.setProperty(ENABLED, "true");
    }
  }

  /**
   * Whether the definitions generated at build time hold for a start with these command line
   * arguments, system properties and environment variables: none of {@link #CONDITIONS} is set.
   */
  static boolean applies(ConfigurableEnvironment environment) {
    return CONDITIONS.stream().noneMatch(environment::containsProperty);
  }
}
