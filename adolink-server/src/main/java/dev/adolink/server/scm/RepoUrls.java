package dev.adolink.server.scm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The URL a repository is listed with, in the form sentry-cli's {@code set-commits --auto} matches
 * against the git remote. sentry-cli reduces an Azure Repos URL to its host and the path before
 * {@code _git} (for {@code git@ssh.dev.azure.com:v3/org/project/repo}: {@code org/project}), so a
 * web URL in ADO's short form for a repository named like its project ({@code
 * https://dev.azure.com/org/_git/repo}) would match no clone URL but its own: the listed URL always
 * names the project ({@code https://dev.azure.com/org/project/_git/repo}), which ADO serves as
 * well.
 */
final class RepoUrls {

  private static final String GIT = "/_git/";

  private RepoUrls() {}

  static @Nullable String listed(@Nullable String webUrl, String project) {
    if (webUrl == null) {
      return null;
    }
    int git = webUrl.indexOf(GIT);
    if (git < 0) {
      return webUrl;
    }
    String before = webUrl.substring(0, git);
    String lastSegment = before.substring(before.lastIndexOf('/') + 1);
    String segment = URLEncoder.encode(project, StandardCharsets.UTF_8).replace("+", "%20");
    boolean hasProject =
        !before.endsWith("//" + lastSegment)
            && (lastSegment.equalsIgnoreCase(segment) || lastSegment.equalsIgnoreCase(project));
    return hasProject ? webUrl : before + "/" + segment + webUrl.substring(git);
  }
}
