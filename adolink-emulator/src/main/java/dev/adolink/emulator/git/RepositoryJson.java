package dev.adolink.emulator.git;

import dev.adolink.emulator.core.ProjectJson;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.identity.IdentityJson;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Repositories and pushes as ADO writes them ({@code GitRepository}, {@code GitPush}). */
final class RepositoryJson {

  private final GitUrls urls;
  private final ProjectJson projects;
  private final IdentityJson identities;
  private final CommitJson commits;

  RepositoryJson(GitUrls urls, ProjectJson projects, IdentityJson identities, CommitJson commits) {
    this.urls = urls;
    this.projects = projects;
    this.identities = identities;
    this.commits = commits;
  }

  ObjectNode repository(Organization org, Project project, GitRepo repo, boolean links) {
    ObjectNode json = Json.object();
    String url = urls.repository(org, repo);
    String remote = urls.remote(org, project, repo);
    json.put("id", repo.id().toString());
    json.put("name", repo.name());
    json.put("url", url);
    json.set("project", projects.reference(org, project));
    repo.defaultBranch().ifPresent(b -> json.put("defaultBranch", b));
    json.put("size", repo.size());
    json.put("remoteUrl", remote);
    json.put("sshUrl", urls.ssh(org, project, repo));
    json.put("webUrl", remote);
    json.put("isDisabled", false);
    json.put("isInMaintenance", false);
    if (links) {
      ObjectNode l = json.putObject("_links");
      l.set("self", Json.href(url));
      l.set("project", Json.href("vstfs:///Classification/TeamProject/" + project.id()));
      l.set("web", Json.href(remote));
      l.set("ssh", Json.href(urls.ssh(org, project, repo)));
      for (String sub : List.of("commits", "refs", "pullRequests", "items", "pushes")) {
        l.set(sub, Json.href(url + "/" + sub));
      }
    }
    return json;
  }

  /** The short repository of a push (and of the git.push payload). */
  ObjectNode pushRepository(Organization org, Project project, GitRepo repo) {
    ObjectNode json = Json.object();
    json.put("id", repo.id().toString());
    json.put("name", repo.name());
    json.put("url", urls.repository(org, repo));
    ObjectNode p = json.putObject("project");
    p.put("id", project.id().toString());
    p.put("name", project.name());
    p.put("url", projects.url(org, project));
    p.put("state", project.state());
    repo.defaultBranch().ifPresent(b -> json.put("defaultBranch", b));
    json.put("remoteUrl", urls.remote(org, project, repo));
    return json;
  }

  /**
   * {@code GitPush}. {@code commits}: the pushed commits as {@code GitCommitRef}s (created pushes
   * and the git.push payload carry them; reads of a push answer an empty list).
   */
  ObjectNode push(
      Organization org,
      Project project,
      GitRepo repo,
      Push push,
      boolean withCommits,
      boolean withRefUpdates,
      boolean withRepository) {
    ObjectNode json = Json.object();
    String url = urls.push(org, repo, push.pushId());
    if (withCommits) {
      ArrayNode list = json.putArray("commits");
      for (String id : push.commitIds()) {
        list.add(commits.pushed(org, repo, repo.commit(id).orElseThrow()));
      }
    }
    if (withRefUpdates) {
      ArrayNode refs = json.putArray("refUpdates");
      for (RefUpdate update : push.refUpdates()) {
        ObjectNode r = refs.addObject();
        r.put("repositoryId", repo.id().toString());
        r.put("name", update.name());
        r.put("oldObjectId", update.oldObjectId());
        r.put("newObjectId", update.newObjectId());
      }
    }
    if (withRepository) {
      json.set("repository", pushRepository(org, project, repo));
    }
    json.set("pushedBy", identities.shortRef(org, push.pushedBy()));
    json.put("pushId", push.pushId());
    json.put("date", Json.date(push.date()));
    json.put("url", url);
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(url));
    links.set("repository", Json.href(urls.repository(org, repo)));
    links.set("commits", Json.href(url + "/commits"));
    links.set(
        "pusher", Json.href(identities.shortRef(org, push.pushedBy()).path("url").asString()));
    links.set("refs", Json.href(urls.repository(org, repo) + "/refs"));
    return json;
  }
}
