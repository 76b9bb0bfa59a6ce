package dev.adolink.azure.transport;

import dev.adolink.azure.error.NotFoundException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The hosts of one organization, read once from its resource areas ({@code GET
 * {org}/_apis/resourceAreas}: {@code [{id, name, locationUrl}]}) and cached. ADO moves areas
 * between hosts (graph and identities on {@code vssps.dev.azure.com}, search on {@code
 * almsearch.dev.azure.com}, legacy {@code *.visualstudio.com} forms), so host names are never built
 * from the organization name.
 */
final class HostDirectory {

  private final OrganizationUrl organization;
  private volatile @Nullable Map<String, URI> areas;

  HostDirectory(OrganizationUrl organization) {
    this.organization = organization;
  }

  /**
   * The base URL serving {@code host}, or null when the organization does not offer it. A server
   * that lists no area for identities serves them on the collection URL.
   */
  @Nullable URI resolve(Host host, Function<ApiCall, ApiResponse> fetch) {
    String areaId = host.resourceAreaId();
    if (areaId == null) {
      return organization.uri();
    }
    URI location = areas(fetch).get(areaId);
    if (location != null) {
      return location;
    }
    return host == Host.IDENTITIES ? organization.uri() : null;
  }

  private Map<String, URI> areas(Function<ApiCall, ApiResponse> fetch) {
    Map<String, URI> known = areas;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (areas == null) {
        areas = load(fetch);
      }
      return areas;
    }
  }

  private static Map<String, URI> load(Function<ApiCall, ApiResponse> fetch) {
    JsonNode list;
    try {
      list =
          fetch
              .apply(ApiCall.get("_apis/resourceAreas").resource(ApiResource.LOCATION).build())
              .json()
              .path("value");
    } catch (NotFoundException olderServer) {
      return Map.of();
    }
    Map<String, URI> found = new HashMap<>();
    for (JsonNode area : list) {
      String id = area.path("id").asString("");
      String location = area.path("locationUrl").asString("");
      if (!id.isEmpty() && !location.isEmpty()) {
        found.put(id.toLowerCase(Locale.ROOT), URI.create(withSlash(location)));
      }
    }
    return Map.copyOf(found);
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
