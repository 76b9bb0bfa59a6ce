package dev.adolink.azure.transport;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The base URL of an organization or collection, normalized with a trailing slash:
 *
 * <ul>
 *   <li>{@code https://dev.azure.com/{org}/} (anything after the organization is dropped),
 *   <li>{@code https://{org}.visualstudio.com/}, with {@code DefaultCollection/} when given,
 *   <li>any other URL is an Azure DevOps Server collection ({@code https://server/tfs/Coll/}); the
 *       path is kept up to the first {@code _apis}, {@code _git} or other {@code _} segment.
 * </ul>
 *
 * <p>Without {@code allowInsecure}, only https URLs to public host names are accepted (an SSRF
 * guard: no {@code http}, no {@code localhost}, no loopback, private or link-local address
 * literals). With it, any http(s) URL is accepted (the emulator runs on {@code
 * http://127.0.0.1:port}).
 *
 * @param uri the normalized base URL, ending with {@code /}
 * @param name the organization (or collection) name, for display
 */
public record OrganizationUrl(URI uri, String name) {

  private static final String SERVICES_HOST = "dev.azure.com";
  private static final String LEGACY_SUFFIX = ".visualstudio.com";

  public static OrganizationUrl parse(String text, boolean allowInsecure) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          "an Azure DevOps URL needs https:// and a host name, e.g. https://dev.azure.com/myorg/");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("an Azure DevOps URL must not contain credentials");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (!allowInsecure) {
      requirePublicHttps(scheme, host);
    }
    List<String> segments = new ArrayList<>();
    for (String segment : uri.getRawPath() == null ? new String[0] : uri.getRawPath().split("/")) {
      if (segment.startsWith("_")) {
        break;
      }
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    String authority = scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    if (host.equals(SERVICES_HOST)) {
      if (segments.isEmpty()) {
        throw new IllegalArgumentException(
            "the URL needs the organization: https://dev.azure.com/{organization}/");
      }
      return of(authority, segments.subList(0, 1), segments.get(0));
    }
    if (host.endsWith(LEGACY_SUFFIX)) {
      String name = host.substring(0, host.length() - LEGACY_SUFFIX.length());
      boolean collection =
          !segments.isEmpty() && segments.get(0).equalsIgnoreCase("DefaultCollection");
      return of(authority, collection ? segments.subList(0, 1) : List.of(), name);
    }
    return of(authority, segments, segments.isEmpty() ? host : segments.get(segments.size() - 1));
  }

  private static OrganizationUrl of(String authority, List<String> segments, String name) {
    String path = segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/";
    return new OrganizationUrl(URI.create(authority + path), decode(name));
  }

  private static String decode(String segment) {
    return URI.create("x:/" + segment).getPath().substring(1);
  }

  private static void requirePublicHttps(String scheme, String host) {
    if (!scheme.equals("https")) {
      throw new IllegalArgumentException("an Azure DevOps URL must use https://");
    }
    if (host.equals("localhost") || host.endsWith(".localhost") || !isPublicLiteral(host)) {
      throw new IllegalArgumentException(
          "an Azure DevOps URL must not point at a local or private address");
    }
  }

  /** False for IP literals that {@link PublicAddresses} refuses; names are not resolved here. */
  private static boolean isPublicLiteral(String host) {
    boolean literal = host.startsWith("[") || host.matches("[0-9.]+");
    if (!literal) {
      return true;
    }
    try {
      return PublicAddresses.isPublic(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** This base URL with a relative path (and query) appended. */
  public URI resolve(String relative) {
    return URI.create(uri + relative);
  }

  /** A key that is equal for two spellings of the same organization URL. */
  public String key() {
    return uri.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
