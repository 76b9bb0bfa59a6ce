package dev.adolink.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

  private static List<String> path(String path) {
    return List.of(path.split("/"));
  }

  @Nested
  class OptionalProject {
    private final RouteTemplate template =
        new RouteTemplate("{org}/{project?}/_apis/git/repositories/{repositoryId}/commits");

    @Test
    void matchesWithTheProjectSegment() {
      var match = template.match(path("fabrikam/Web/_apis/git/repositories/r1/commits"));

      assertThat(match.params())
          .containsEntry("project", "Web")
          .containsEntry("repositoryId", "r1");
    }

    @Test
    void matchesWithoutTheProjectSegment() {
      var match = template.match(path("fabrikam/_apis/git/repositories/r1/commits"));

      assertThat(match.params()).doesNotContainKey("project").containsEntry("org", "fabrikam");
    }

    @Test
    void matchesLiteralsCaseInsensitively() {
      var match = template.match(path("fabrikam/_APIS/Git/Repositories/r1/Commits"));

      assertThat(match.params())
          .containsEntry("org", "fabrikam")
          .containsEntry("repositoryId", "r1");
    }

    @Test
    void doesNotMatchAnotherResource() {
      assertThat(template.match(path("fabrikam/_apis/git/repositories/r1/pushes"))).isNull();
    }
  }

  @Test
  void aDollarPrefixedSegmentCapturesTheRestAndScoresAboveAPlainParameter() {
    RouteTemplate byType = new RouteTemplate("{org}/{project}/_apis/wit/workitems/${type}");
    RouteTemplate byId = new RouteTemplate("{org}/{project?}/_apis/wit/workitems/{id}");
    List<String> request = path("fabrikam/Web/_apis/wit/workitems/$User Story");

    assertThat(byType.match(request).params()).containsEntry("type", "User Story");
    assertThat(byType.match(request).score()).isGreaterThan(byId.match(request).score());
  }

  @Test
  void aRestParameterCapturesTheRemainingSegments() {
    RouteTemplate template =
        new RouteTemplate("{org}/_apis/wit/classificationnodes/{group}/{*path}");

    assertThat(template.match(path("o/_apis/wit/classificationnodes/areas/a/b/c")).params())
        .containsEntry("path", "a/b/c");
  }
}
