package dev.adolink.server.scm;

import dev.adolink.server.system.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The address of a file in Azure Repos, in any of the forms ADO shows it:
 *
 * <ul>
 *   <li>{@code https://dev.azure.com/{org}/{project}/_git/{repo}?path=/src/x.py&version=GBmain}
 *       (with {@code &line=..&_a=contents}, the path encoded or not)
 *   <li>{@code https://{org}.visualstudio.com[/DefaultCollection]/{project}/_git/{repo}?path=...}
 *   <li>Azure DevOps Server: {@code https://host/tfs/{collection}/{project}/_git/{repo}?path=...}
 *   <li>a repository named like its project: {@code .../{org}/_git/{repo}?path=...}
 *   <li>the file in a commit or a tag or branch: {@code .../_git/{repo}/commit/{sha}?path=...},
 *       {@code version=GC{sha}}, {@code version=GT{tag}}, or no version (the default branch)
 * </ul>
 *
 * @param site the canonical host and path segments before {@code _git}: a visualstudio.com address
 *     is read as its dev.azure.com twin
 * @param branch the branch the address names ({@code version=GB...}), else {@code null}
 * @param path the file's path in the repository, with a leading slash
 */
record FileUrl(
    String host, List<String> site, String repository, String path, @Nullable String branch) {

  /** Where the file is, relative to an installation's base URL. */
  record Location(String project, String repository) {}

  static FileUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw invalid("must be the address of a file in Azure Repos, starting with https://");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw invalid("must be the address of a file in Azure Repos, starting with https://");
    }
    List<String> segments = segments(uri.getRawPath());
    int git = indexOfIgnoreCase(segments, "_git");
    if (git < 0 || git + 1 >= segments.size()) {
      throw invalid(
          "is not the address of a file in an Azure Repos Git repository (it has no"
              + " /_git/<repository>)");
    }
    String path = query(uri.getRawQuery(), "path");
    if (path == null || path.isBlank() || path.strip().equals("/")) {
      throw invalid(
          "names no file: open the file in Azure Repos and copy the address from the browser"
              + " (it has ?path=...)");
    }
    String version = query(uri.getRawQuery(), "version");
    String branch =
        version != null && version.length() > 2 && version.startsWith("GB")
            ? version.substring(2)
            : null;
    Site canonical = canonical(host(uri), segments.subList(0, git));
    String file = path.strip().startsWith("/") ? path.strip() : "/" + path.strip();
    return new FileUrl(canonical.host(), canonical.segments(), segments.get(git + 1), file, branch);
  }

  /** The project and repository, if the address is in the organization at this base URL. */
  Optional<Location> within(String baseUrl) {
    URI base;
    try {
      base = new URI(baseUrl);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (base.getHost() == null) {
      return Optional.empty();
    }
    Site organization = canonical(host(base), segments(base.getRawPath()));
    if (!organization.host().equals(host) || site.size() < organization.segments().size()) {
      return Optional.empty();
    }
    for (int i = 0; i < organization.segments().size(); i++) {
      if (!organization.segments().get(i).equalsIgnoreCase(site.get(i))) {
        return Optional.empty();
      }
    }
    List<String> rest = site.subList(organization.segments().size(), site.size());
    return switch (rest.size()) {
      case 0 -> Optional.of(new Location(repository, repository));
      case 1 -> Optional.of(new Location(rest.get(0), repository));
      default -> Optional.empty();
    };
  }

  /** The organization's name as a person knows it: the first segment, else the host. */
  String organizationName() {
    return site.isEmpty() ? host : site.get(0);
  }

  private record Site(String host, List<String> segments) {}

  private static Site canonical(String host, List<String> segments) {
    if (host.endsWith(".visualstudio.com")) {
      List<String> rest = new ArrayList<>();
      rest.add(host.substring(0, host.length() - ".visualstudio.com".length()));
      List<String> tail =
          !segments.isEmpty() && segments.get(0).equalsIgnoreCase("DefaultCollection")
              ? segments.subList(1, segments.size())
              : segments;
      rest.addAll(tail);
      return new Site("dev.azure.com", rest);
    }
    return new Site(host, segments);
  }

  private static String host(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
  }

  private static List<String> segments(@Nullable String rawPath) {
    List<String> segments = new ArrayList<>();
    if (rawPath == null) {
      return segments;
    }
    for (String raw : rawPath.split("/")) {
      if (!raw.isEmpty()) {
        segments.add(decode(raw));
      }
    }
    return segments;
  }

  private static @Nullable String query(@Nullable String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equalsIgnoreCase(name)) {
        return eq < 0 ? "" : decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }

  private static int indexOfIgnoreCase(List<String> segments, String wanted) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static ApiException invalid(String message) {
    return ApiException.invalid("url", message);
  }
}
