package dev.adolink.emulator.hosts;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.auth.Principal;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Store;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST _apis/Contribution/HierarchyQuery}: the web's data providers, of which the emulator
 * answers the one scripts use to list a user's organizations ({@code
 * ms.vss-features.my-organizations-data-provider}); other contribution ids are left out of {@code
 * dataProviders}.
 */
public final class ContributionsArea implements Area {

  static final String MY_ORGANIZATIONS = "ms.vss-features.my-organizations-data-provider";

  private final Store store;
  private final Urls urls;

  public ContributionsArea(Store store, Urls urls) {
    this.store = store;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.post("{org}/_apis/Contribution/HierarchyQuery", this::query).preview();
    org.post("_apis/Contribution/HierarchyQuery", this::query).preview();
  }

  private Response query(Request request) {
    JsonNode body = request.json();
    ObjectNode providers = Json.object();
    for (JsonNode id : Json.field(body, "contributionIds")) {
      if (id.asString().equalsIgnoreCase(MY_ORGANIZATIONS)) {
        providers.set(MY_ORGANIZATIONS, organizations(request.principal()));
      }
    }
    ObjectNode answer = Json.object();
    answer.putObject("dataProviderSharedData");
    answer.set("dataProviders", providers);
    return Response.ok(answer);
  }

  private ObjectNode organizations(Principal principal) {
    ObjectNode data = Json.object();
    ArrayNode list = data.putArray("organizations");
    for (Organization org : store.organizationsOf(principal.user())) {
      if (principal.mayAccess(org)) {
        list.addObject()
            .put("id", org.id().toString())
            .put("name", org.name())
            .put("url", urls.org(org));
      }
    }
    data.put("createNewOrgUrl", urls.base() + "_signup");
    return data;
  }
}
