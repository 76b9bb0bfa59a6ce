package dev.adolink.azure.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecodingTest {

  @Test
  void projectsWithTheirState() {
    assertThat(Fixtures.list(DecodingTest.class, "projects.json", Project.class))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.state()).isEqualTo(Project.State.WELL_FORMED));
  }

  @Test
  void readsDatesWithAnyFractionAndWithoutOffsetAndUnknownEnumValues() {
    Project project =
        Json.mapper()
            .readValue(
                """
                {"id": "1", "name": "P", "state": "archived", "visibility": "organization",
                 "revision": "7", "lastUpdateTime": "2016-09-19T13:03:26.4285528Z", "future": {}}
                """,
                Project.class);
    Project unset =
        Json.mapper()
            .readValue(
                "{\"id\": \"1\", \"name\": \"P\", \"lastUpdateTime\": \"0001-01-01T00:00:00\"}",
                Project.class);

    assertThat(project.state()).isEqualTo(Project.State.UNKNOWN);
    assertThat(project.visibility()).isEqualTo(Project.Visibility.UNKNOWN);
    assertThat(project.revision()).isEqualTo(7);
    assertThat(project.lastUpdateTime()).isEqualTo(Instant.parse("2016-09-19T13:03:26.4285528Z"));
    assertThat(unset.lastUpdateTime()).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
  }
}
