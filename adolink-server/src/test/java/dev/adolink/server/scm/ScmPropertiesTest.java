package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ScmPropertiesTest {

  static ScmProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("adolink.scm", ScmProperties.class);
  }

  @Test
  void rangesWithoutAStartReadOneThousandCommitsByDefault() {
    ScmProperties defaults = bind(Map.of());

    assertThat(defaults.commitRangeLimit()).isEqualTo(1000);
    assertThat(defaults.commitConcurrency()).isEqualTo(16);
    assertThat(defaults.fileLinkTtl()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void takesItsSettingsFromTheEnvironmentsNames() {
    ScmProperties set =
        bind(
            Map.of(
                "adolink.scm.commit-range-limit", "5000",
                "adolink.scm.commit-concurrency", "4",
                "adolink.scm.file-link-ttl", "10m"));

    assertThat(set.commitRangeLimit()).isEqualTo(5000);
    assertThat(set.commitConcurrency()).isEqualTo(4);
    assertThat(set.fileLinkTtl()).isEqualTo(Duration.ofMinutes(10));
  }
}
