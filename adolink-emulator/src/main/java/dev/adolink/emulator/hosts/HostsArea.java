package dev.adolink.emulator.hosts;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Route;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.auth.Principal;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Store;
import dev.adolink.emulator.store.User;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The global host {@code app.vssps.visualstudio.com} (profile, accounts, connection data, resource
 * areas) and the organization-level connection data and resource areas. Resource areas answer the
 * emulator's own URLs, so a client discovers hosts as it does against ADO; an organization acting
 * as Azure DevOps Server answers its own URL for every area.
 */
public final class HostsArea implements Area {

  private final Store store;
  private final Urls urls;
  private final ConnectionData connectionData;

  public HostsArea(Store store, Urls urls) {
    this.store = store;
    this.urls = urls;
    this.connectionData = new ConnectionData(urls);
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost app = routes.on(Host.APP_VSSPS);
    app.get("_apis/profile/profiles/{id}", this::profile);
    app.get("_apis/accounts", this::accounts);
    app.get("_apis/connectionData", r -> Response.ok(connectionData.global(r.principal().user())))
        .versioning(Route.Versioning.OPTIONAL);
    app.get("_apis/resourceAreas", this::globalAreas)
        .anonymous()
        .versioning(Route.Versioning.OPTIONAL);
    app.get("_apis/resourceAreas/{areaId}", this::globalArea)
        .anonymous()
        .versioning(Route.Versioning.OPTIONAL);
    Routes.OnHost org = routes.on(Host.ORG);
    org.get(
            "{org}/_apis/connectionData",
            r -> Response.ok(connectionData.organization(r.organization(), r.principal().user())))
        .versioning(Route.Versioning.OPTIONAL);
    org.get("{org}/_apis/resourceAreas", r -> Response.list(areas(r.organization())))
        .anonymous()
        .versioning(Route.Versioning.OPTIONAL);
    org.get(
            "{org}/_apis/resourceAreas/{areaId}",
            r -> Response.ok(area(r.organization(), r.param("areaId"))))
        .anonymous()
        .versioning(Route.Versioning.OPTIONAL);
  }

  /** {@code profiles/me} (or the caller's own id). */
  private Response profile(Request request) {
    User user = request.principal().user();
    String id = request.param("id");
    if (!id.equalsIgnoreCase("me") && !id.equalsIgnoreCase(user.id().toString())) {
      throw AdoException.unauthorized(user.id().toString());
    }
    ObjectNode json = Json.object();
    json.put("displayName", user.displayName());
    json.put("publicAlias", user.id().toString());
    json.put("emailAddress", user.email());
    json.put("coreRevision", 1);
    json.put("timeStamp", Json.date(request.receivedAt()));
    json.put("id", user.id().toString());
    json.put("revision", 1);
    return Response.ok(json);
  }

  /** {@code ?memberId=} (or {@code ownerId=}) must be the caller; answers their organizations. */
  private Response accounts(Request request) {
    Principal principal = request.principal();
    String member =
        request
            .query()
            .get("memberId", "ownerId")
            .orElseThrow(
                () ->
                    AdoException.invalidArgument("Either ownerId or memberId must be specified."));
    if (!member.equalsIgnoreCase(principal.user().id().toString())) {
      return Response.list(List.of());
    }
    List<ObjectNode> accounts =
        store.organizationsOf(principal.user()).stream()
            .filter(o -> principal.mayAccess(o))
            .map(this::account)
            .toList();
    return Response.list(accounts);
  }

  private ObjectNode account(Organization org) {
    ObjectNode json = Json.object();
    json.put("accountId", org.id().toString());
    json.put("accountUri", urls.host(Host.VSSPS, org));
    json.put("accountName", org.name());
    json.put("accountType", "organization");
    json.put("accountStatus", "enabled");
    json.put("organizationName", org.name());
    json.put("createdDate", Json.date(org.createdAt()));
    json.put("hasMoved", false);
    json.putObject("properties");
    return json;
  }

  /** {@code ?hostId=} (the organization id), {@code accountName=} or {@code organizationName=}. */
  private Optional<Organization> hostOf(Request request) {
    return request
        .query()
        .get("hostId", "accountName", "organizationName")
        .flatMap(store::organization);
  }

  private Response globalAreas(Request request) {
    Optional<Organization> org = hostOf(request);
    return Response.list(
        org.map(this::areas)
            .orElseGet(
                () ->
                    ResourceArea.ALL.stream()
                        .map(a -> areaJson(a, urls.global(Host.APP_VSSPS)))
                        .toList()));
  }

  private Response globalArea(Request request) {
    Optional<Organization> org = hostOf(request);
    if (org.isPresent()) {
      return Response.ok(area(org.get(), request.param("areaId")));
    }
    ResourceArea area =
        ResourceArea.find(request.param("areaId"))
            .orElseThrow(() -> notFound(request.param("areaId")));
    return Response.ok(
        areaJson(area, area.host() == Host.APP_VSSPS ? urls.global(Host.APP_VSSPS) : urls.base()));
  }

  private List<ObjectNode> areas(Organization org) {
    return ResourceArea.ALL.stream()
        .filter(a -> available(org, a))
        .map(a -> areaJson(a, location(org, a)))
        .toList();
  }

  private ObjectNode area(Organization org, String idOrName) {
    ResourceArea area =
        ResourceArea.find(idOrName)
            .filter(a -> available(org, a))
            .orElseThrow(() -> notFound(idOrName));
    return areaJson(area, location(org, area));
  }

  /** Work item search is absent where the organization has it switched off. */
  private static boolean available(Organization org, ResourceArea area) {
    return area.host() != Host.ALMSEARCH || org.settings().search();
  }

  private String location(Organization org, ResourceArea area) {
    if (org.settings().server()) {
      return urls.org(org);
    }
    return area.host() == Host.APP_VSSPS
        ? urls.global(Host.APP_VSSPS)
        : urls.host(area.host(), org);
  }

  private static ObjectNode areaJson(ResourceArea area, String location) {
    ObjectNode json = Json.object();
    json.put("id", area.id().toString());
    json.put("name", area.name());
    json.put("locationUrl", location);
    return json;
  }

  private static AdoException notFound(String area) {
    return new AdoException(
        404,
        "Microsoft.VisualStudio.Services.Location.ResourceAreaNotFoundException, Microsoft.VisualStudio.Services.Common",
        "The resource area " + area + " could not be found.",
        0);
  }
}
