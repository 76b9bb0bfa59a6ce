package dev.adolink.emulator.git;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;

/** The URLs of a repository and what is in it, as ADO writes them. */
final class GitUrls {

  private final Urls urls;

  GitUrls(Urls urls) {
    this.urls = urls;
  }

  String repository(Organization org, GitRepo repo) {
    return urls.org(org) + "_apis/git/repositories/" + repo.id();
  }

  /** {@code {org}/{project}/_git/{repo}}, or {@code {org}/_git/{repo}} when both have one name. */
  String remote(Organization org, Project project, GitRepo repo) {
    String projectPart =
        project.name().equalsIgnoreCase(repo.name()) ? "" : Urls.segment(project.name()) + "/";
    return urls.org(org) + projectPart + "_git/" + Urls.segment(repo.name());
  }

  String ssh(Organization org, Project project, GitRepo repo) {
    String host = java.net.URI.create(urls.base()).getHost();
    return "git@ssh."
        + host
        + ":v3/"
        + org.name()
        + "/"
        + Urls.segment(project.name())
        + "/"
        + Urls.segment(repo.name());
  }

  String commit(Organization org, GitRepo repo, String commitId) {
    return repository(org, repo) + "/commits/" + commitId;
  }

  String item(Organization org, GitRepo repo, String path, String commitId) {
    return repository(org, repo)
        + "/items"
        + encodePath(path)
        + "?versionType=Commit&version="
        + commitId;
  }

  String push(Organization org, GitRepo repo, int pushId) {
    return repository(org, repo) + "/pushes/" + pushId;
  }

  /** The avatar of a commit author, by email (ADO serves an identicon when no identity matches). */
  String avatar(Organization org, String email) {
    return urls.org(org)
        + "_api/_common/identityImage?id="
        + java.util.UUID.nameUUIDFromBytes(
            email.toLowerCase().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        out.append('/').append(Urls.segment(segment));
      }
    }
    return out.toString();
  }
}
