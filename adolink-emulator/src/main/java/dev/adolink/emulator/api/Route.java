package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.http.RouteTemplate;

/**
 * A registered route. Defaults: authenticated, api-version required, not preview. Configure with
 * the fluent methods right after {@link Routes#get} etc.
 */
public final class Route {

  /** How a route treats api-version. */
  public enum Versioning {
    /** Missing → 400 {@code VssVersionNotSpecifiedException}; checked against the allowed range. */
    REQUIRED,
    /** Checked when given; the latest released version otherwise. */
    OPTIONAL,
    /** Not looked at (OAuth endpoints, the control API). */
    NONE
  }

  private final String method;
  private final Host host;
  private final RouteTemplate template;
  private final Handler handler;
  private boolean preview;
  private boolean anonymous;
  private Versioning versioning = Versioning.REQUIRED;
  private ApiVersion minVersion = ApiVersion.MIN;

  Route(String method, Host host, RouteTemplate template, Handler handler) {
    this.method = method;
    this.host = host;
    this.template = template;
    this.handler = handler;
  }

  /** The resource is preview in every version: the api-version must carry {@code -preview}. */
  public Route preview() {
    this.preview = true;
    return this;
  }

  /** No authentication (OAuth endpoints, sign-in pages, the control API). */
  public Route anonymous() {
    this.anonymous = true;
    return this;
  }

  /**
   * The resource exists from this version on (the {@code minVersion} of its location, e.g. 5.0 for
   * the work item comments of today); an older api-version is ADO's {@code
   * VssVersionOutOfRangeException}. Default 1.0.
   */
  public Route since(int major, int minor) {
    this.minVersion = new ApiVersion(major, minor, false, 0);
    return this;
  }

  public ApiVersion minVersion() {
    return minVersion;
  }

  public Route versioning(Versioning versioning) {
    this.versioning = versioning;
    return this;
  }

  public String method() {
    return method;
  }

  public Host host() {
    return host;
  }

  public RouteTemplate template() {
    return template;
  }

  public Handler handler() {
    return handler;
  }

  public boolean isPreview() {
    return preview;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public Versioning versioning() {
    return versioning;
  }

  @Override
  public String toString() {
    return method + " " + host.prefix() + template;
  }
}
