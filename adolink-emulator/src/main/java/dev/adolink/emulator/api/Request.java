package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.auth.Principal;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.WireEnum;
import dev.adolink.emulator.store.Organization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One request as a handler sees it: matched route parameters, query, body, the resolved
 * organization, the authenticated principal and the api-version.
 */
public final class Request {

  private final String method;
  private final Host host;
  private final String path;
  private final QueryString query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Instant receivedAt;
  private Map<String, String> params = Map.of();
  private Organization organization;
  private Principal principal;
  private ApiVersion apiVersion = ApiVersion.LATEST_RELEASED;

  Request(
      String method,
      Host host,
      String path,
      QueryString query,
      Map<String, List<String>> headers,
      byte[] body,
      Instant receivedAt) {
    this.method = method;
    this.host = host;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.receivedAt = receivedAt;
  }

  public String method() {
    return method;
  }

  public Host host() {
    return host;
  }

  /** The decoded path below the host prefix, without a leading slash. */
  public String path() {
    return path;
  }

  public QueryString query() {
    return query;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as JSON; a body that is not JSON is ADO's 400. */
  public JsonNode json() {
    if (body.length == 0) {
      throw AdoException.invalidArgument("Value cannot be null.\r\nParameter name: body");
    }
    try {
      return Json.parse(body);
    } catch (JacksonException e) {
      throw AdoException.invalidArgument("The request body is not valid JSON.");
    }
  }

  /** An {@code application/x-www-form-urlencoded} body. */
  public QueryString form() {
    return QueryString.parse(bodyText());
  }

  /**
   * A path parameter of the matched route template, or {@code null} when an optional one is absent.
   */
  public String param(String name) {
    return params.get(name);
  }

  /** An enum path segment (e.g. {@code classificationNodes/1}) as its declared name. */
  public String enumParam(String name, WireEnum type) {
    String text = params.get(name);
    return text == null ? null : type.name(name, text);
  }

  public Optional<String> optionalParam(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** The organization named by the route's {@code {org}} segment. */
  public Organization organization() {
    if (organization == null) {
      throw new IllegalStateException("route has no {org} segment");
    }
    return organization;
  }

  /** The authenticated caller; absent only on anonymous routes. */
  public Principal principal() {
    if (principal == null) {
      throw new IllegalStateException("route is anonymous");
    }
    return principal;
  }

  public Optional<Principal> optionalPrincipal() {
    return Optional.ofNullable(principal);
  }

  /** The requested api-version; the latest released one on routes that do not require it. */
  public ApiVersion apiVersion() {
    return apiVersion;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  void matched(Map<String, String> params) {
    this.params = params;
  }

  void organization(Organization organization) {
    this.organization = organization;
  }

  void principal(Principal principal) {
    this.principal = principal;
  }

  void apiVersion(ApiVersion apiVersion) {
    this.apiVersion = apiVersion;
  }
}
