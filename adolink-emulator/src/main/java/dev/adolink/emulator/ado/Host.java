package dev.adolink.emulator.ado;

/**
 * The ADO hosts the emulator serves, each under its own path prefix of the one HTTP server (DESIGN
 * §4): {@code /{org}/} is {@code dev.azure.com/{org}/}, {@code /_hosts/vssps/{org}/} is {@code
 * vssps.dev.azure.com/{org}/}, {@code /_hosts/app.vssps/} is {@code app.vssps.visualstudio.com},
 * {@code /_hosts/login/} is {@code login.microsoftonline.com}, {@code /_emulator/} the control API.
 */
public enum Host {
  ORG("", true),
  VSSPS("_hosts/vssps/", true),
  ALMSEARCH("_hosts/almsearch/", true),
  VSRM("_hosts/vsrm/", true),
  APP_VSSPS("_hosts/app.vssps/", false),
  LOGIN("_hosts/login/", false),
  CONTROL("_emulator/", false);

  private final String prefix;
  private final boolean perOrganization;

  Host(String prefix, boolean perOrganization) {
    this.prefix = prefix;
    this.perOrganization = perOrganization;
  }

  /** The path prefix after the server's root, ending with a slash unless empty. */
  public String prefix() {
    return prefix;
  }

  /** Whether the first segment after the prefix is the organization name. */
  public boolean perOrganization() {
    return perOrganization;
  }

  /** The host of a request path (without its leading slash). */
  public static Host of(String path) {
    for (Host host : values()) {
      if (!host.prefix.isEmpty()
          && path.regionMatches(true, 0, host.prefix, 0, host.prefix.length())) {
        return host;
      }
    }
    if (path.equalsIgnoreCase("_emulator")) {
      return CONTROL;
    }
    return ORG;
  }
}
