package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.store.Store;
import java.util.Locale;
import java.util.Map;

/**
 * The legacy host form {@code https://{org}.visualstudio.com/} (and {@code
 * {org}.vssps.visualstudio.com}, {@code {org}.almsearch...}, {@code {org}.vsrm...}): when the
 * {@code Host} header's first label names an organization, the path is routed as {@code /{org}/...}
 * on the matching host. Reach it with e.g. {@code http://fabrikam.localhost:8090/_apis/projects} or
 * by sending that {@code Host} header.
 */
final class LegacyHosts {

  private static final Map<String, Host> SUBHOSTS =
      Map.of("vssps", Host.VSSPS, "almsearch", Host.ALMSEARCH, "vsrm", Host.VSRM);

  private LegacyHosts() {}

  /**
   * The path to route (without leading slash); unchanged unless the Host header names an
   * organization.
   */
  static String route(String rawPath, String hostHeader, Store store) {
    if (hostHeader == null || Host.of(rawPath) != Host.ORG) {
      return rawPath;
    }
    String[] labels = hostHeader.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2 || store.organization(labels[0]).isEmpty()) {
      return rawPath;
    }
    String org = labels[0];
    Host host = SUBHOSTS.getOrDefault(labels[1], Host.ORG);
    String first = rawPath.split("/", 2)[0];
    if (host == Host.ORG && first.equalsIgnoreCase(org)) {
      return rawPath;
    }
    return host.prefix() + org + "/" + rawPath;
  }
}
