package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AheadOfTimeTest {

  private final StandardEnvironment environment = new StandardEnvironment();

  @Test
  void aPlainStartUsesTheDefinitionsGeneratedAtBuildTime() {
    with(new SimpleCommandLinePropertySource());

    assertThat(AheadOfTime.applies(environment)).isTrue();
  }

  @Test
  void aDemoStartMakesItsDefinitionsAtRunTimeBecauseTheDemoStepsAreConditional() {
    with(new SimpleCommandLinePropertySource("--demo"));

    assertThat(AheadOfTime.applies(environment)).isFalse();
  }

  @Test
  void theDemoFlagAsAnEnvironmentVariableCountsToo() {
    with(new SystemEnvironmentPropertySource("env", Map.of("DEMO", "true")));

    assertThat(AheadOfTime.applies(environment)).isFalse();
  }

  @Test
  void turningTheJobSchedulerOffFromTheEnvironmentMakesTheDefinitionsAtRunTime() {
    with(
        new SystemEnvironmentPropertySource(
            "env", Map.of("ADOLINK_JOBS_RUN_IN_BACKGROUND", "false")));

    assertThat(AheadOfTime.applies(environment)).isFalse();
  }

  @Test
  void otherSettingsLeaveTheGeneratedDefinitionsInUse() {
    with(
        new SystemEnvironmentPropertySource(
            "env",
            Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db/adolink",
                "ADOLINK_AZURE_CLIENT_ID", "id",
                "ADOLINK_BOOTSTRAP_API_TOKEN", "token")));
    with(new MapPropertySource("args", Map.of("server.port", "0")));

    assertThat(AheadOfTime.applies(environment)).isTrue();
  }

  private void with(PropertySource<?> source) {
    environment.getPropertySources().addFirst(source);
  }
}
