package dev.adolink.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.events.EventBus;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.RouteTemplate;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.OrganizationSettings;
import dev.adolink.emulator.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VersionsTest {

  private final Route released =
      new Route("GET", Host.ORG, new RouteTemplate("{org}/_apis/projects"), r -> null);
  private final Route preview =
      new Route(
              "GET",
              Host.ORG,
              new RouteTemplate("{org}/_apis/wit/workItems/{id}/comments"),
              r -> null)
          .preview();

  private static Request request(String query, String accept) {
    return new Request(
        "GET",
        Host.ORG,
        "fabrikam/_apis/projects",
        QueryString.parse(query),
        accept == null ? Map.of() : Map.of("Accept", List.of(accept)),
        new byte[0],
        Instant.EPOCH);
  }

  private static AdoException failure(Request request, Route route, Organization org) {
    try {
      Versions.check(request, route, org);
    } catch (AdoException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  void takesTheVersionFromTheQuery() {
    Request request = request("api-version=6.0", null);

    Versions.check(request, released, null);

    assertThat(request.apiVersion()).hasToString("6.0");
  }

  @Test
  void takesTheVersionFromTheAcceptHeader() {
    Request request = request("", "application/json; api-version=7.1-preview.4");

    Versions.check(request, preview, null);

    assertThat(request.apiVersion()).hasToString("7.1-preview.4");
  }

  @Test
  void aMissingVersionIsVssVersionNotSpecifiedException() {
    AdoException e = failure(request("", "application/json"), released, null);

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.typeKey()).isEqualTo("VssVersionNotSpecifiedException");
    assertThat(e.getMessage()).startsWith("No api-version was supplied for the \"GET\" request.");
  }

  @Test
  void textThatIsNotAVersionIsRejected() {
    assertThat(failure(request("api-version=latest", null), released, null).typeKey())
        .isEqualTo("VssInvalidApiVersionException");
  }

  @Nested
  class Preview {
    @Test
    void aPreviewResourceRequiresThePreviewFlag() {
      AdoException e = failure(request("api-version=7.1", null), preview, null);

      assertThat(e.typeKey()).isEqualTo("VssInvalidPreviewVersionException");
      assertThat(e.getMessage())
          .isEqualTo(
              "The requested version \"7.1\" of the resource is under preview. The -preview flag must be"
                  + " supplied in the api-version for such requests. For example: \"7.1-preview\"");
    }

    @Test
    void version72ExistsOnlyAsPreview() {
      assertThat(failure(request("api-version=7.2", null), released, null).typeKey())
          .isEqualTo("VssInvalidPreviewVersionException");
      Versions.check(request("api-version=7.2-preview.1", null), released, null);
    }
  }

  @Nested
  class Range {
    @Test
    void versionsFrom10AreAcceptedAsAzureDevOpsServicesAcceptsThem() {
      for (String version : List.of("1.0", "2.0", "3.0", "3.2-preview.2", "4.0", "4.1")) {
        Request request = request("api-version=" + version, null);

        Versions.check(request, released, null);

        assertThat(request.apiVersion()).hasToString(version);
      }
    }

    @Test
    void aVersionBelowTheResourcesMinimumIsOutOfRange() {
      Route since50 =
          new Route(
                  "GET",
                  Host.ORG,
                  new RouteTemplate("{org}/_apis/wit/workItems/{id}/comments"),
                  r -> null)
              .preview()
              .since(5, 0);

      assertThat(failure(request("api-version=4.1-preview.1", null), since50, null).typeKey())
          .isEqualTo("VssVersionOutOfRangeException");
      Versions.check(request("api-version=5.0-preview.2", null), since50, null);
    }

    @Test
    void versionsBelow10AreOutOfRange() {
      assertThat(failure(request("api-version=0.9", null), released, null).typeKey())
          .isEqualTo("VssVersionOutOfRangeException");
    }

    @Test
    void versionsAbove72AreOutOfRange() {
      assertThat(failure(request("api-version=7.3-preview", null), released, null).getMessage())
          .isEqualTo(
              "The requested REST API version of 7.3 is out of range for this server. The latest REST"
                  + " API version this server supports is 7.2.");
    }

    @Test
    void anOrganizationActingAsServerCapsTheVersion() {
      Store store = new Store(Clock.systemUTC(), new EventBus());
      Organization server =
          store.createOrganization(
              "onprem", new OrganizationSettings(ApiVersion.parse("6.0"), true));

      assertThat(failure(request("api-version=7.1", null), released, server).getMessage())
          .contains("The latest REST API version this server supports is 6.0.");
      Versions.check(request("api-version=6.0", null), released, server);
    }
  }

  @Test
  void unversionedRoutesIgnoreTheVersion() {
    Route control = new Route("GET", Host.CONTROL, new RouteTemplate("requests"), r -> null);
    control.versioning(Route.Versioning.NONE);

    Versions.check(request("api-version=nonsense", null), control, null);
    assertThat(Optional.of(control.versioning())).contains(Route.Versioning.NONE);
  }
}
