package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code items}: whether a file or folder exists at a version, its metadata and content. {@code
 * path=} answers one item (or the raw content when the client accepts octet-stream or text); {@code
 * scopePath=} answers a list, with {@code recursionLevel} none, oneLevel or full.
 */
final class ItemsArea implements Area {

  private final GitUrls urls;

  ItemsArea(GitUrls urls) {
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    routes
        .on(Host.ORG)
        .get("{org}/{project?}/_apis/git/repositories/{repositoryId}/items", this::items);
  }

  private Response items(Request request) {
    Located at = Located.of(request);
    QueryString q = request.query();
    Optional<String> single = q.get("path");
    String path = CommitWriter.normalize(single.or(() -> q.get("scopePath")).orElse("/"));
    return at.org().read(() -> answer(request, at, path, single.isPresent()));
  }

  private Response answer(Request request, Located at, String path, boolean single) {
    QueryString q = request.query();
    GitRepo repo = at.repo();
    GitVersion version =
        GitVersion.fromQuery(q, "versionDescriptor")
            .or(() -> GitVersion.fromQuery(q, "version", "versionType", "versionOptions"))
            .orElse(null);
    String commit = version == null ? GitVersion.defaultTip(repo) : version.resolve(repo);
    NavigableMap<String, String> tree = repo.graph().tree(commit);
    String blob = tree.get(path);
    boolean folder = path.equals("/") || CommitWriter.isFolder(tree, path);
    if (blob == null && !folder) {
      throw GitErrors.itemNotFound(
          path,
          repo.name(),
          version == null
              ? "<Branch: " + repo.defaultBranch().orElse("") + " >"
              : version.describe(),
          commit);
    }
    if (single && blob != null && wantsRaw(request)) {
      byte[] content = repo.blobs().get(blob);
      return Response.bytes(
          200,
          request.header("Accept").orElse("").contains("text/plain")
              ? "text/plain; charset=utf-8"
              : "application/octet-stream",
          content);
    }
    boolean content = q.bool("includeContent", false);
    boolean metadata = q.bool("includeContentMetadata", false);
    if (single || blob != null) {
      ObjectNode item = item(at, path, blob, commit, content, metadata);
      return single ? Response.ok(item) : Response.list(List.of(item));
    }
    return Response.list(
        folderItems(
            at,
            tree,
            path,
            commit,
            q.enumeration(GitEnums.RECURSION, "recursionLevel").orElse("none"),
            metadata));
  }

  private List<ObjectNode> folderItems(
      Located at,
      NavigableMap<String, String> tree,
      String folder,
      String commit,
      String recursion,
      boolean metadata) {
    List<ObjectNode> items = new ArrayList<>();
    items.add(item(at, folder, null, commit, false, metadata));
    if (recursion.equals("none")) {
      return items;
    }
    String prefix = folder.equals("/") ? "/" : folder + "/";
    java.util.Set<String> seenFolders = new java.util.TreeSet<>();
    for (var e : tree.tailMap(prefix, true).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        break;
      }
      String rest = e.getKey().substring(prefix.length());
      int slash = rest.indexOf('/');
      if (slash >= 0) {
        String[] parts = rest.split("/");
        int depth = recursion.equals("full") ? parts.length - 1 : 1;
        StringBuilder sub = new StringBuilder(prefix.substring(0, prefix.length() - 1));
        for (int i = 0; i < depth; i++) {
          sub.append('/').append(parts[i]);
          if (seenFolders.add(sub.toString())) {
            items.add(item(at, sub.toString(), null, commit, false, metadata));
          }
        }
        if (!recursion.equals("full")) {
          continue;
        }
      }
      items.add(item(at, e.getKey(), e.getValue(), commit, false, metadata));
    }
    return items;
  }

  private ObjectNode item(
      Located at, String path, String blob, String commit, boolean withContent, boolean metadata) {
    ObjectNode json = Json.object();
    json.put(
        "objectId",
        blob != null ? blob : Hashes.folder(path, at.repo().commit(commit).orElseThrow().treeId()));
    json.put("gitObjectType", blob != null ? "blob" : "tree");
    json.put("commitId", commit);
    json.put("path", path);
    if (blob == null) {
      json.put("isFolder", true);
    }
    if (metadata) {
      ObjectNode meta = json.putObject("contentMetadata");
      String name = path.substring(path.lastIndexOf('/') + 1);
      meta.put("fileName", name);
      int dot = name.lastIndexOf('.');
      if (blob != null) {
        meta.put("encoding", 65001);
        meta.put("contentType", "text/plain");
        if (dot > 0) {
          meta.put("extension", name.substring(dot + 1));
        }
      }
    }
    if (withContent && blob != null) {
      json.put("content", new String(at.repo().blobs().get(blob), StandardCharsets.UTF_8));
    }
    json.put("url", urls.item(at.org(), at.repo(), path, commit));
    return json;
  }

  private static boolean wantsRaw(Request request) {
    String format = request.query().get("$format").orElse("").toLowerCase(Locale.ROOT);
    if (format.equals("json")) {
      return false;
    }
    if (format.equals("octetstream") || format.equals("text")) {
      return true;
    }
    String accept = request.header("Accept").orElse("").toLowerCase(Locale.ROOT);
    return (accept.contains("application/octet-stream")
            || accept.contains("text/plain")
            || accept.contains("application/zip"))
        && !accept.contains("application/json");
  }
}
