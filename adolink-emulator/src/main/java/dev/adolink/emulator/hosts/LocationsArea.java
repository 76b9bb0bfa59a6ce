package dev.adolink.emulator.hosts;

import dev.adolink.emulator.http.ApiVersion;
import dev.adolink.emulator.http.Area;
import dev.adolink.emulator.http.Host;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.http.Route;
import dev.adolink.emulator.http.Routes;
import dev.adolink.emulator.store.Organization;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code OPTIONS {host}/_apis[/{area}]}: the resource locations the official SDKs (.NET, Node, Go,
 * Python) ask for before their first call, with the location ids they look up and ADO's route
 * templates, so an SDK pointed at the emulator builds the same URLs as against ADO. Lists what the
 * emulator serves on that host (everything on an Azure DevOps Server organization).
 */
public final class LocationsArea implements Area {

  private record Location(
      String id, String area, String resource, String template, int resourceVersion, Host host) {}

  private static final String REPO = "{project}/_apis/{area}/repositories/{repositoryId}/";

  private static final List<Location> ALL =
      List.of(
          new Location(
              "e81700f7-3be2-46de-8624-2eb35882fcaa",
              "Location",
              "ResourceAreas",
              "_apis/{resource}/{areaId}",
              1,
              Host.ORG),
          new Location(
              "00d9565f-ed9c-4a06-9a50-00e7896ccab4",
              "Location",
              "ConnectionData",
              "_apis/{resource}",
              1,
              Host.ORG),
          new Location(
              "603fe2ac-9723-48b9-88ad-09305aa6c6e1",
              "core",
              "projects",
              "_apis/{resource}/{*projectId}",
              4,
              Host.ORG),
          new Location(
              "93878975-88c5-4e6a-8abb-7ddd77a8a7d8",
              "core",
              "processes",
              "_apis/process/{resource}/{processId}",
              1,
              Host.ORG),
          new Location(
              "225f7195-f9c7-4d14-ab28-a83f7ff77e1f",
              "git",
              "repositories",
              "{project}/_apis/{area}/{resource}/{repositoryId}",
              1,
              Host.ORG),
          new Location(
              "c2570c3b-5b3f-41b8-98bf-5407bfde8d58",
              "git",
              "commits",
              REPO + "{resource}/{commitId}",
              1,
              Host.ORG),
          new Location(
              "6400dfb2-0bcb-462b-b992-5a57f8f1416c",
              "git",
              "commitsBatch",
              REPO + "{resource}",
              1,
              Host.ORG),
          new Location(
              "5bf884f5-3e07-42e9-afb8-1b872267bf16",
              "git",
              "changes",
              REPO + "commits/{commitId}/{resource}",
              1,
              Host.ORG),
          new Location(
              "168b4bb9-d936-4cd9-8a5f-66d6f6b23192",
              "git",
              "pushCommits",
              REPO + "pushes/{pushId}/commits",
              1,
              Host.ORG),
          new Location(
              "615588d5-c0c7-4b88-88f8-e625306446e8",
              "git",
              "diffs",
              REPO + "{resource}/commits",
              1,
              Host.ORG),
          new Location(
              "fb93c0db-47ed-4a31-8c20-47552878fb44",
              "git",
              "items",
              REPO + "{resource}/{*path}",
              1,
              Host.ORG),
          new Location(
              "ea98d07b-3c87-4971-8ede-a613694ffb55",
              "git",
              "pushes",
              REPO + "{resource}/{pushId}",
              2,
              Host.ORG),
          new Location(
              "2d874a60-a811-4f62-9c9f-963a6ea0a55b",
              "git",
              "refs",
              REPO + "{resource}/{*filter}",
              1,
              Host.ORG),
          new Location(
              "005e26ec-6b77-4e4f-a986-b3827bf241f5",
              "Graph",
              "Users",
              "_apis/{area}/{resource}/{userDescriptor}",
              1,
              Host.VSSPS),
          new Location(
              "f83735dc-483f-4238-a291-d45f6080a9af",
              "Profile",
              "Profiles",
              "_apis/{area}/{resource}/{id}",
              3,
              Host.APP_VSSPS),
          new Location(
              "229a6a53-b428-4ffb-a835-e8f36b5b4b1e",
              "Account",
              "Accounts",
              "_apis/{resource}",
              1,
              Host.APP_VSSPS),
          new Location(
              "e81700f7-3be2-46de-8624-2eb35882fcaa",
              "Location",
              "ResourceAreas",
              "_apis/{resource}/{areaId}",
              1,
              Host.APP_VSSPS),
          new Location(
              "00d9565f-ed9c-4a06-9a50-00e7896ccab4",
              "Location",
              "ConnectionData",
              "_apis/{resource}",
              1,
              Host.APP_VSSPS));

  @Override
  public void register(Routes routes) {
    for (Host host : List.of(Host.ORG, Host.VSSPS)) {
      options(
          routes
              .on(host)
              .add(
                  "OPTIONS",
                  "{org}/_apis",
                  r -> locations(host, Optional.of(r.organization()), null)));
      options(
          routes
              .on(host)
              .add(
                  "OPTIONS",
                  "{org}/_apis/{area}",
                  r -> locations(host, Optional.of(r.organization()), r.param("area"))));
    }
    options(
        routes
            .on(Host.APP_VSSPS)
            .add("OPTIONS", "_apis", r -> locations(Host.APP_VSSPS, Optional.empty(), null)));
    options(
        routes
            .on(Host.APP_VSSPS)
            .add(
                "OPTIONS",
                "_apis/{area}",
                r -> locations(Host.APP_VSSPS, Optional.empty(), r.param("area"))));
  }

  private static void options(Route route) {
    route.anonymous().versioning(Route.Versioning.NONE);
  }

  private static Response locations(Host host, Optional<Organization> org, String area) {
    boolean server = org.map(o -> o.settings().server()).orElse(false);
    ApiVersion max = org.flatMap(o -> o.settings().apiVersionMax()).orElse(ApiVersion.MAX);
    String released = server ? max.number() : ApiVersion.LATEST_RELEASED.number();
    List<ObjectNode> list =
        ALL.stream()
            .filter(l -> server ? l.host != Host.APP_VSSPS : l.host == host)
            .filter(l -> area == null || l.area.equalsIgnoreCase(area))
            .map(l -> json(l, max.number(), released))
            .toList();
    return Response.list(list);
  }

  private static ObjectNode json(Location location, String max, String released) {
    ObjectNode json = Json.object();
    json.put("id", location.id);
    json.put("area", location.area);
    json.put("resourceName", location.resource);
    json.put("routeTemplate", location.template);
    json.put("resourceVersion", location.resourceVersion);
    json.put("minVersion", "1.0");
    json.put("maxVersion", max);
    json.put("releasedVersion", released);
    return json;
  }
}
