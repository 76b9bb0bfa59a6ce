package dev.adolink.emulator.hosts;

import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Route;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import java.util.List;
import java.util.Map;
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

  /**
   * Locations added after 1.0, with the version they start at (the routes say the same with {@code
   * Route.since}); every other location is there from 1.0.
   */
  private static final Map<String, String> MIN_VERSIONS =
      Map.of("608aac0a-32e1-4493-a863-b9cf4566d257", "5.0");

  private static final String REPO = "{project}/_apis/{area}/repositories/{repositoryId}/";
  private static final String WIT = "{project}/_apis/{area}/";

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
              "72c7ddf8-2cdc-4f60-90cd-ab71c14a399b",
              "wit",
              "workItems",
              WIT + "{resource}/{id}",
              3,
              Host.ORG),
          new Location(
              "62d3d110-0047-428c-ad3c-4fe872c91c74",
              "wit",
              "workItems",
              WIT + "{resource}/${type}",
              3,
              Host.ORG),
          new Location(
              "908509b6-4248-4475-a1cd-829139ba419f",
              "wit",
              "workItemsBatch",
              WIT + "{resource}",
              1,
              Host.ORG),
          new Location(
              "6570bf97-d02c-4a91-8d93-3abe9895b1a9",
              "wit",
              "updates",
              WIT + "workItems/{id}/{resource}/{updateNumber}",
              3,
              Host.ORG),
          new Location(
              "a00c85a5-80fa-4565-99c3-bcd2181434bb",
              "wit",
              "revisions",
              WIT + "workItems/{id}/{resource}/{revisionNumber}",
              3,
              Host.ORG),
          new Location(
              "608aac0a-32e1-4493-a863-b9cf4566d257",
              "wit",
              "comments",
              WIT + "workItems/{workItemId}/{resource}/{commentId}",
              4,
              Host.ORG),
          new Location(
              "b70d8d39-926c-465e-b927-b1bf0e5ca0e0",
              "wit",
              "recyclebin",
              WIT + "{resource}/{id}",
              2,
              Host.ORG),
          new Location(
              "7c8d7a76-4a09-43e8-b5df-bd792f4ac6aa",
              "wit",
              "workItemTypes",
              WIT + "{resource}/{type}",
              2,
              Host.ORG),
          new Location(
              "7c9d7a76-4a09-43e8-b5df-bd792f4ac6aa",
              "wit",
              "states",
              WIT + "workitemtypes/{type}/{resource}",
              1,
              Host.ORG),
          new Location(
              "bd293ce5-3d25-4192-8e67-e8092e879efb",
              "wit",
              "fields",
              WIT + "workitemtypes/{type}/{resource}/{field}",
              3,
              Host.ORG),
          new Location(
              "9b9f5734-36c8-415e-ba67-f83b45c31408",
              "wit",
              "workItemTypeCategories",
              WIT + "{resource}/{category}",
              2,
              Host.ORG),
          new Location(
              "b51fd764-e5c2-4b9b-aaf7-3395cf4bdd94",
              "wit",
              "fields",
              WIT + "{resource}/{fieldNameOrRefName}",
              2,
              Host.ORG),
          new Location(
              "a70579d1-f53a-48ee-a5be-7be8659023b9",
              "wit",
              "classificationNodes",
              WIT + "{resource}",
              2,
              Host.ORG),
          new Location(
              "5a172953-1b41-49d3-840a-33f79c3ce89f",
              "wit",
              "classificationNodes",
              WIT + "{resource}/{structureGroup}/{*path}",
              2,
              Host.ORG),
          new Location(
              "bc15bc60-e7a8-43cb-ab01-2106be3983a1",
              "wit",
              "tags",
              WIT + "{resource}/{tagIdOrName}",
              1,
              Host.ORG),
          new Location(
              "1a9c53f7-f243-4447-b110-35ef023636e4",
              "wit",
              "wiql",
              "{project}/{team}/_apis/{area}/{resource}",
              2,
              Host.ORG),
          new Location(
              "fc50d02a-849f-41fb-8af1-0a5216103269",
              "hooks",
              "subscriptions",
              "_apis/{area}/{resource}/{subscriptionId}",
              1,
              Host.ORG),
          new Location(
              "0c62d343-21b0-4732-997b-017fde84dc28",
              "hooks",
              "notifications",
              "_apis/{area}/subscriptions/{subscriptionId}/{resource}/{notificationId}",
              1,
              Host.ORG),
          new Location(
              "c7c3c1cf-9e05-4c0d-a425-a0f922c2c6ed",
              "hooks",
              "subscriptionsQuery",
              "_apis/{area}/{resource}",
              1,
              Host.ORG),
          new Location(
              "d5b216de-d8d5-4d32-ae76-51df755b16d3",
              "git",
              "branchStats",
              REPO + "stats/branches",
              2,
              Host.ORG),
          new Location(
              "7b28e929-2c99-405d-9c5c-6167a06e6816",
              "git",
              "blobs",
              REPO + "{resource}/{sha1}",
              1,
              Host.ORG),
          new Location(
              "d30a3dd1-f8ba-442a-b86a-bd0c0c383e59",
              "core",
              "teams",
              "_apis/projects/{projectId}/{resource}/{*teamId}",
              3,
              Host.ORG),
          new Location(
              "7a4d9ee9-3433-4347-b47a-7a80f1cf307e",
              "core",
              "teams",
              "_apis/{resource}",
              3,
              Host.ORG),
          new Location(
              "f5d33bc9-5b49-4a3c-a9bd-f3cd46dd2165",
              "wit",
              "workItemRelationTypes",
              "_apis/{area}/{resource}/{relation}",
              2,
              Host.ORG),
          new Location(
              "1d44a2ac-4f8a-459e-83c2-1c92626fb9c6",
              "Graph",
              "Subjects",
              "_apis/{area}/{resource}/{subjectDescriptor}",
              1,
              Host.VSSPS),
          new Location(
              "4dd4d168-11f2-48c4-83e8-756fa0de027c",
              "Graph",
              "SubjectLookup",
              "_apis/{area}/{resource}",
              1,
              Host.VSSPS),
          new Location(
              "05942c89-006a-48ce-bb79-baeb8abf99c6",
              "Graph",
              "SubjectQuery",
              "_apis/{area}/{resource}",
              1,
              Host.VSSPS),
          new Location(
              "28010c54-d0c0-4c89-a5b0-1c9e188b9fb7",
              "IMS",
              "Identities",
              "_apis/{resource}/{identityId}",
              2,
              Host.VSSPS),
          new Location(
              "73b2c9e2-ff9e-4447-8cda-5f5b21ff7cae",
              "search",
              "workItemSearchResults",
              "{project}/_apis/{area}/{resource}",
              1,
              Host.ALMSEARCH),
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
    for (Host host : List.of(Host.ORG, Host.VSSPS, Host.ALMSEARCH)) {
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
    json.put("minVersion", MIN_VERSIONS.getOrDefault(location.id, "1.0"));
    json.put("maxVersion", max);
    json.put("releasedVersion", released);
    return json;
  }
}
