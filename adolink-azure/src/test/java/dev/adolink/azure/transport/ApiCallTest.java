package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiCallTest {

  @Nested
  class PathTemplates {

    @Test
    void encodesEachArgumentAsOnePathSegment() {
      ApiCall call =
          ApiCall.get("{}/_apis/git/repositories/{}", "My Project", "repo/with#hash").build();

      assertThat(call.path()).isEqualTo("My%20Project/_apis/git/repositories/repo%2Fwith%23hash");
    }

    @Test
    void dropsAnOptionalSegmentAndItsSlashWhenTheArgumentIsNull() {
      ApiCall call = ApiCall.post("{}/_apis/wit/wiql", (Object) null).build();

      assertThat(call.path()).isEqualTo("_apis/wit/wiql");
    }

    @Test
    void keepsTheDollarBeforeAWorkItemTypeAndEncodesItsSpaces() {
      ApiCall call = ApiCall.post("{}/_apis/wit/workitems/${}", "Fabrikam", "User Story").build();

      assertThat(call.path()).isEqualTo("Fabrikam/_apis/wit/workitems/$User%20Story");
    }

    @Test
    void encodesEverySegmentOfAMultiSegmentArgument() {
      ApiCall call = ApiCall.get("_apis/nodes/{*}", "Areas\\Devices/Windows Phone").build();

      assertThat(call.path()).isEqualTo("_apis/nodes/Areas/Devices/Windows%20Phone");
    }

    @Test
    void refusesAMismatchBetweenPlaceholdersAndArguments() {
      assertThatThrownBy(() -> ApiCall.get("_apis/{}/{}", "one"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ApiCall.get("_apis/{}", "one", "two"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Query {

    @Test
    void keepsDollarNamesReadableAndEncodesValues() {
      ApiCall call =
          ApiCall.get("_apis/projects")
              .query("$top", 100)
              .query("continuationToken", "a b&c=d+e")
              .query("skipped", null)
              .build();

      assertThat(call.pathAndQuery())
          .isEqualTo("_apis/projects?$top=100&continuationToken=a%20b%26c%3Dd%2Be");
    }

    @Test
    void aJsonPatchBodyIsSentAsJsonPatch() {
      ApiCall call = ApiCall.patch("_apis/wit/workitems/{}", 1).jsonPatch(new Object[0]).build();

      assertThat(call.contentType()).isEqualTo("application/json-patch+json");
    }
  }
}
