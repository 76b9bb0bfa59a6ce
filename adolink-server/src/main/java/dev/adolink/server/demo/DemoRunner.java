package dev.adolink.server.demo;

import dev.adolink.server.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every {@link DemoStep} once the server is ready (after the bootstrap superuser exists), then
 * prints where to go and how to sign in.
 */
@Component
@ConditionalOnProperty(DemoEnvironment.FLAG)
class DemoRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

  private final ObjectProvider<DemoStep> steps;
  private final JsonMapper json;
  private final SystemProperties properties;
  private final Environment environment;

  DemoRunner(
      ObjectProvider<DemoStep> steps,
      JsonMapper json,
      SystemProperties properties,
      Environment environment) {
    this.steps = steps;
    this.json = json;
    this.properties = properties;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() throws Exception {
    String port = environment.getRequiredProperty("local.server.port");
    String server = "http://localhost:" + port;
    String token =
        environment.getProperty("adolink.bootstrap.api-token", DemoEnvironment.API_TOKEN);
    Demo demo = new Demo(DemoEmulator.get(), new DemoApi(json, server, token), server);
    for (DemoStep step : steps.orderedStream().toList()) {
      step.apply(demo);
    }
    StringBuilder banner = new StringBuilder("\n\n  adolink demo is ready\n\n");
    demo.notes().forEach(line -> banner.append("  ").append(line).append('\n'));
    banner.append("\n  data: ").append(properties.dataDir().toAbsolutePath()).append("\n");
    log.info("{}", banner);
  }
}
