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

  /** Prefix of the name keys in the area map (ids are GUIDs, so the two never collide). */
  private static final String NAME = "name:";

  private final OrganizationUrl organization;
  private volatile @Nullable Map<String, URI> areas;

  HostDirectory(OrganizationUrl organization) {
    this.organization = organization;
  }

  /**
   * The base URL serving {@code host}, or null when the organization does not offer it. An area is
   * found by its id, else by its name: the docs' resource area table lists graph under another id
   * ({@code 4e40f190-…}, GraphProfile in the SDKs) than the SDKs and the spec ({@code bb1e7ec9-…}).
   * Identities live with graph when the organization lists no IMS area, and on the collection URL
   * of a server that lists neither; release management too, on a server that does not list it.
   */
  @Nullable URI resolve(Host host, Function<ApiCall, ApiResponse> fetch) {
    String areaId = host.resourceAreaId();
    if (areaId == null) {
      return organization.uri();
    }
    Map<String, URI> known = areas(fetch);
    URI location = known.get(areaId);
    if (location == null && host.resourceAreaName() != null) {
      location = known.get(NAME + host.resourceAreaName());
    }
    if (location == null && host == Host.IDENTITIES) {
      URI graph = resolve(Host.GRAPH, fetch);
      location = graph != null ? graph : organization.uri();
    }
    if (location == null && host == Host.RELEASE) {
      // Azure DevOps Server serves release management on the collection URL
      location = organization.uri();
    }
    return location;
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
      String id = area.path("id").asString("").toLowerCase(Locale.ROOT);
      String name = area.path("name").asString("").toLowerCase(Locale.ROOT);
      String location = area.path("locationUrl").asString("");
      if (location.isEmpty()) {
        continue;
      }
      URI uri = URI.create(withSlash(location));
      if (!id.isEmpty()) {
        found.put(id, uri);
      }
      if (!name.isEmpty()) {
        found.putIfAbsent(NAME + name, uri);
      }
    }
    return Map.copyOf(found);
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
