package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.store.Organization;
import java.util.UUID;

/**
 * The emulator's own URLs for every host, as they appear in responses ({@code url}, {@code _links},
 * resource areas). An organization that acts as Azure DevOps Server has every area on its own host.
 */
public final class Urls {

  private final String base;

  /**
   * @param base the server's root URL, ending with a slash
   */
  public Urls(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  public String base() {
    return base;
  }

  /** {@code https://dev.azure.com/{org}/}. */
  public String org(Organization org) {
    return base + org.name() + "/";
  }

  /** The base URL of {@code org} on {@code host} (its own URL on Azure DevOps Server). */
  public String host(Host host, Organization org) {
    if (host == Host.ORG || org.settings().server()) {
      return org(org);
    }
    return base + host.prefix() + org.name() + "/";
  }

  /** A global host: {@code app.vssps.visualstudio.com} or the Entra authority. */
  public String global(Host host) {
    return base + host.prefix();
  }

  public String identity(Organization org, UUID identityId) {
    return host(Host.VSSPS, org) + "_apis/Identities/" + identityId;
  }

  /** A path segment escaped as ADO writes it (spaces as {@code %20}). */
  public static String segment(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  public String identityImage(Organization org, UUID identityId) {
    return org(org) + "_api/_common/identityImage?id=" + identityId;
  }
}
