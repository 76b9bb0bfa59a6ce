package dev.adolink.emulator.git;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.identity.IdentityJson;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commits and changes as ADO writes them ({@code GitCommitRef}, {@code GitCommit}, {@code
 * GitChange}).
 */
final class CommitJson {

  /** Lists cut a comment at its first line break, or after this many characters. */
  static final int TRUNCATE_AT = 100;

  /** How a commit is written in a list. */
  record ListOptions(
      boolean links, boolean pushData, boolean userImages, int changes, String itemPath) {
    static final ListOptions DEFAULT = new ListOptions(false, false, false, 0, null);
  }

  private final GitUrls urls;
  private final IdentityJson identities;

  CommitJson(GitUrls urls, IdentityJson identities) {
    this.urls = urls;
    this.identities = identities;
  }

  /** A commit in a list: the comment truncated ({@code commentTruncated: true}), change counts. */
  ObjectNode listed(
      Organization org, Project project, GitRepo repo, Commit commit, ListOptions options) {
    ObjectNode json = Json.object();
    json.put("commitId", commit.id());
    json.set("author", signature(org, commit.author(), options.userImages()));
    json.set("committer", signature(org, commit.committer(), options.userImages()));
    String full = commit.comment().strip();
    String cut = truncate(full);
    json.put("comment", cut);
    if (!cut.equals(full)) {
      json.put("commentTruncated", true);
    }
    json.set("changeCounts", counts(commit.changes(), true));
    if (options.changes() > 0) {
      json.set(
          "changes",
          changes(org, repo, commit, commit.changes().stream().limit(options.changes()).toList()));
    }
    if (options.itemPath() != null) {
      json.set("changes", pathChanges(commit, options.itemPath()));
    }
    json.put("url", urls.commit(org, repo, commit.id()));
    json.put("remoteUrl", remoteUrl(org, project, repo, commit));
    if (options.pushData()) {
      repo.pushes().stream()
          .filter(p -> p.pushId() == commit.pushId())
          .findFirst()
          .ifPresent(p -> json.set("push", pushRef(org, p)));
    }
    if (options.links()) {
      json.set("_links", links(org, project, repo, commit, false));
    }
    return json;
  }

  /** {@code GitCommit}: full comment, parents, tree, push; {@code changeCount} changes inline. */
  ObjectNode full(Organization org, Project project, GitRepo repo, Commit commit, int changeCount) {
    ObjectNode json = Json.object();
    json.set("parents", Json.MAPPER.valueToTree(commit.parents()));
    json.put("treeId", commit.treeId());
    repo.pushes().stream()
        .filter(p -> p.pushId() == commit.pushId())
        .findFirst()
        .ifPresent(p -> json.set("push", pushRef(org, p)));
    json.put("commitId", commit.id());
    json.set("author", signature(org, commit.author(), false));
    json.set("committer", signature(org, commit.committer(), false));
    json.put("comment", commit.comment());
    if (changeCount > 0) {
      json.set("changeCounts", counts(commit.changes(), false));
      json.set(
          "changes",
          changes(org, repo, commit, commit.changes().stream().limit(changeCount).toList()));
    }
    json.put("url", urls.commit(org, repo, commit.id()));
    json.put("remoteUrl", remoteUrl(org, project, repo, commit));
    json.set("_links", links(org, project, repo, commit, true));
    return json;
  }

  /** A commit in a push (and the git.push payload): ids, people, comment, url. */
  ObjectNode pushed(Organization org, GitRepo repo, Commit commit) {
    ObjectNode json = Json.object();
    json.put("treeId", commit.treeId());
    json.put("commitId", commit.id());
    json.set("author", signature(org, commit.author(), false));
    json.set("committer", signature(org, commit.committer(), false));
    json.put("comment", commit.comment());
    json.set("parents", Json.MAPPER.valueToTree(commit.parents()));
    json.put("url", urls.commit(org, repo, commit.id()));
    return json;
  }

  /** {@code {Add: n, Edit: n, Delete: n, ...}}; lists always carry the first three. */
  static ObjectNode counts(List<Change> changes, boolean allThree) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (allThree) {
      counts.put("Add", 0);
      counts.put("Edit", 0);
      counts.put("Delete", 0);
    }
    changes.forEach(c -> counts.merge(c.type().countKey(), 1, Integer::sum));
    return Json.MAPPER.valueToTree(counts);
  }

  tools.jackson.databind.node.ArrayNode changes(
      Organization org, GitRepo repo, Commit commit, List<Change> changes) {
    tools.jackson.databind.node.ArrayNode list = Json.array();
    changes.forEach(c -> list.add(change(org, repo, commit.id(), c)));
    return list;
  }

  /** {@code GitChange}: {@code {item: {...}, changeType, sourceServerItem?, originalPath?}}. */
  ObjectNode change(Organization org, GitRepo repo, String commitId, Change change) {
    ObjectNode json = Json.object();
    ObjectNode item = json.putObject("item");
    if (change.objectId() != null) {
      item.put("objectId", change.objectId());
    }
    if (change.originalObjectId() != null) {
      item.put("originalObjectId", change.originalObjectId());
    }
    item.put("gitObjectType", change.folder() ? "tree" : "blob");
    item.put("commitId", commitId);
    item.put("path", change.path());
    if (change.folder()) {
      item.put("isFolder", true);
    }
    item.put("url", urls.item(org, repo, change.path(), commitId));
    json.put("changeType", change.type().wireName());
    if (change.type() == ChangeType.DELETE) {
      json.put("sourceServerItem", change.path());
    }
    if (change.originalPath() != null) {
      json.put("sourceServerItem", change.originalPath());
      json.put("originalPath", change.originalPath());
    }
    return json;
  }

  /**
   * With {@code itemPath}, lists show the changes to that path as {@code {sourceServerItem,
   * changeType}}.
   */
  private static tools.jackson.databind.node.ArrayNode pathChanges(Commit commit, String itemPath) {
    tools.jackson.databind.node.ArrayNode list = Json.array();
    String path = CommitWriter.normalize(itemPath).toLowerCase(java.util.Locale.ROOT);
    for (Change change : commit.changes()) {
      String changed = change.path().toLowerCase(java.util.Locale.ROOT);
      if (changed.equals(path) || changed.startsWith(path + "/") || path.equals("/")) {
        ObjectNode entry = list.addObject();
        entry.put("sourceServerItem", change.path());
        entry.put("changeType", change.type().wireName());
      }
    }
    return list;
  }

  static String truncate(String comment) {
    int newline = comment.indexOf('\n');
    String firstLine = newline < 0 ? comment : comment.substring(0, newline).stripTrailing();
    return firstLine.length() > TRUNCATE_AT ? firstLine.substring(0, TRUNCATE_AT) : firstLine;
  }

  private ObjectNode signature(Organization org, Signature signature, boolean imageUrl) {
    ObjectNode json = Json.object();
    json.put("name", signature.name());
    json.put("email", signature.email());
    json.put("date", Json.date(signature.date()));
    if (imageUrl) {
      json.put("imageUrl", urls.avatar(org, signature.email()));
    }
    return json;
  }

  private ObjectNode pushRef(Organization org, Push push) {
    ObjectNode json = Json.object();
    json.set("pushedBy", identities.shortRef(org, push.pushedBy()));
    json.put("pushId", push.pushId());
    json.put("date", Json.date(push.date()));
    return json;
  }

  private String remoteUrl(Organization org, Project project, GitRepo repo, Commit commit) {
    return urls.remote(org, project, repo) + "/commit/" + commit.id();
  }

  private ObjectNode links(
      Organization org, Project project, GitRepo repo, Commit commit, boolean tree) {
    ObjectNode links = Json.object();
    String self = urls.commit(org, repo, commit.id());
    links.set("self", Json.href(self));
    links.set("repository", Json.href(urls.repository(org, repo)));
    links.set("changes", Json.href(self + "/changes"));
    links.set("web", Json.href(remoteUrl(org, project, repo, commit)));
    if (tree) {
      links.set("tree", Json.href(urls.repository(org, repo) + "/trees/" + commit.treeId()));
    }
    return links;
  }
}
