package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.error.NotFoundException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HostDirectoryTest {

  private final OrganizationUrl org =
      OrganizationUrl.parse("https://dev.azure.com/fabrikam", false);
  private final List<ApiCall> calls = new ArrayList<>();

  private Function<ApiCall, ApiResponse> answering(String json) {
    return call -> {
      calls.add(call);
      return new ApiResponse(
          "GET",
          "u",
          200,
          HttpHeaders.of(Map.of(), (a, b) -> true),
          json.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void findsAreasByIdAndReadsTheListOnce() {
    HostDirectory hosts = new HostDirectory(org);
    Function<ApiCall, ApiResponse> fetch =
        answering(
            """
            {"count": 2, "value": [
              {"id": "BB1E7EC9-E901-4B68-999A-DE7012B920F8", "name": "Graph",
               "locationUrl": "https://vssps.dev.azure.com/fabrikam"},
              {"id": "ea48a0a1-269c-42d8-b8ad-ddc8fcdcf578", "name": "search",
               "locationUrl": "https://almsearch.dev.azure.com/fabrikam/"}]}
            """);

    assertThat(hosts.resolve(Host.GRAPH, fetch))
        .isEqualTo(URI.create("https://vssps.dev.azure.com/fabrikam/"));
    assertThat(hosts.resolve(Host.SEARCH, fetch))
        .isEqualTo(URI.create("https://almsearch.dev.azure.com/fabrikam/"));
    assertThat(hosts.resolve(Host.IDENTITIES, fetch))
        .isEqualTo(URI.create("https://vssps.dev.azure.com/fabrikam/"));
    assertThat(hosts.resolve(Host.ORGANIZATION, fetch)).isEqualTo(org.uri());
    assertThat(calls)
        .singleElement()
        .satisfies(c -> assertThat(c.path()).isEqualTo("_apis/resourceAreas"));
  }

  @Test
  void fallsBackToTheAreaNameWhenItsIdIsAnotherOne() {
    HostDirectory hosts = new HostDirectory(org);

    URI graph =
        hosts.resolve(
            Host.GRAPH,
            answering(
                "{\"value\": [{\"id\": \"4e40f190-2e3f-4d9f-8331-c7788e833080\", \"name\": \"graph\","
                    + " \"locationUrl\": \"https://vssps.dev.azure.com/fabrikam/\"}]}"));

    assertThat(graph).isEqualTo(URI.create("https://vssps.dev.azure.com/fabrikam/"));
  }

  @Test
  void anAreaTheOrganizationDoesNotListIsNotOffered() {
    HostDirectory hosts = new HostDirectory(org);

    assertThat(hosts.resolve(Host.SEARCH, answering("{\"value\": []}"))).isNull();
    assertThat(hosts.resolve(Host.IDENTITIES, answering("{\"value\": []}"))).isEqualTo(org.uri());
  }

  @Test
  void releaseManagementIsOnTheCollectionOfAServerThatDoesNotListIt() {
    HostDirectory hosts = new HostDirectory(org);

    assertThat(hosts.resolve(Host.RELEASE, answering("{\"value\": []}"))).isEqualTo(org.uri());
  }

  @Test
  void anOlderServerWithoutTheListServesIdentitiesOnTheCollection() {
    HostDirectory hosts = new HostDirectory(org);
    Function<ApiCall, ApiResponse> missing =
        call -> {
          throw new NotFoundException("GET", "u", null, null);
        };

    assertThat(hosts.resolve(Host.IDENTITIES, missing)).isEqualTo(org.uri());
    assertThat(hosts.resolve(Host.GRAPH, missing)).isNull();
  }
}
