package dev.adolink.server.workitems;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Work item web URLs: the one adolink shows, and the ones users paste to link a work item. */
final class WorkItemUrls {

  private static final Pattern ID = Pattern.compile("\\d{1,9}");
  private static final Pattern IN_PATH =
      Pattern.compile(
          "/(?:_workitems/edit|_apis/wit/workitems)/(\\d{1,9})(?:[/?#]|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_QUERY =
      Pattern.compile("[?&](?:workitem|id)=(\\d{1,9})(?:&|#|$)", Pattern.CASE_INSENSITIVE);

  private WorkItemUrls() {}

  /** {@code {base}{project}/_workitems/edit/{id}}. */
  static String edit(String baseUrl, String projectName, int id) {
    String project = URLEncoder.encode(projectName, StandardCharsets.UTF_8).replace("+", "%20");
    return baseUrl + project + "/_workitems/edit/" + id;
  }

  /** The id in {@code 12}, or in a work item URL (web page or REST). */
  static OptionalInt id(String text) {
    String value = text.strip();
    if (ID.matcher(value).matches()) {
      return OptionalInt.of(Integer.parseInt(value));
    }
    for (Pattern pattern : new Pattern[] {IN_PATH, IN_QUERY}) {
      Matcher matcher = pattern.matcher(value);
      if (matcher.find()) {
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
      }
    }
    return OptionalInt.empty();
  }

  static boolean isUrl(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    return value.startsWith("http://") || value.startsWith("https://");
  }

  /**
   * Whether a pasted URL points into the organization: the same host and path prefix as its base
   * URL, or the other of ADO's two host forms ({@code dev.azure.com/org/} and {@code
   * org.visualstudio.com/}).
   */
  static boolean belongsTo(String url, String baseUrl, String organizationName) {
    String candidate = url.strip().toLowerCase(Locale.ROOT);
    String org = organizationName.toLowerCase(Locale.ROOT);
    if (candidate.startsWith(baseUrl.toLowerCase(Locale.ROOT))) {
      return true;
    }
    URI uri;
    try {
      uri = URI.create(candidate);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String host = uri.getHost() == null ? "" : uri.getHost();
    String path = uri.getPath() == null ? "" : uri.getPath();
    return host.equals(org + ".visualstudio.com")
        || (host.equals("dev.azure.com") && path.startsWith("/" + org + "/"));
  }
}
