package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code diffs/commits}: ahead/behind counts, the merge base, and the changes from the merge base
 * (or, with {@code diffCommonCommit=false}, from the base) to the target, paged with {@code
 * $top}/{@code $skip}.
 */
final class DiffsArea implements Area {

  private final CommitJson json;

  DiffsArea(CommitJson json) {
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    routes
        .on(Host.ORG)
        .get("{org}/{project?}/_apis/git/repositories/{repositoryId}/diffs/commits", this::diff);
  }

  private Response diff(Request request) {
    Located at = Located.of(request);
    var q = request.query();
    boolean fromCommon = q.bool("diffCommonCommit", true);
    int skip = q.integer("$skip", "skip").orElse(0);
    int top = q.integer("$top", "top").orElse(100);
    return at.org()
        .read(
            () -> {
              GitRepo repo = at.repo();
              String base =
                  version(q, "base")
                      .map(v -> v.resolve(repo))
                      .orElseGet(() -> GitVersion.defaultTip(repo));
              String target =
                  version(q, "target")
                      .map(v -> v.resolve(repo))
                      .orElseGet(() -> GitVersion.defaultTip(repo));
              Set<String> baseSet = repo.graph().reachable(base);
              Set<String> targetSet = repo.graph().reachable(target);
              String common = mergeBase(repo, baseSet, targetSet);
              String from = fromCommon ? common : base;
              List<Change> changes =
                  changes(
                      repo.graph().tree(from),
                      repo.graph().tree(target),
                      from == null ? "" : repo.commit(from).orElseThrow().treeId(),
                      repo.commit(target).orElseThrow().treeId());
              ObjectNode body = Json.object();
              body.put("allChangesIncluded", skip + top >= changes.size());
              body.set("changeCounts", CommitJson.counts(changes, false));
              body.set(
                  "changes",
                  json.changes(
                      at.org(),
                      repo,
                      repo.commit(target).orElseThrow(),
                      changes.stream().skip(skip).limit(top).toList()));
              if (common != null) {
                body.put("commonCommit", common);
              }
              body.put("baseCommit", base);
              body.put("targetCommit", target);
              body.put(
                  "aheadCount", targetSet.stream().filter(id -> !baseSet.contains(id)).count());
              body.put(
                  "behindCount", baseSet.stream().filter(id -> !targetSet.contains(id)).count());
              return Response.ok(body);
            });
  }

  private static Optional<GitVersion> version(
      dev.adolink.emulator.http.QueryString q, String prefix) {
    return GitVersion.fromQuery(
        q, prefix + "Version", prefix + "VersionType", prefix + "VersionOptions");
  }

  /** The newest commit reachable from both. */
  private static String mergeBase(GitRepo repo, Set<String> a, Set<String> b) {
    return a.stream()
        .filter(b::contains)
        .map(id -> repo.commit(id).orElseThrow())
        .max(Comparator.comparingInt(Commit::seq))
        .map(Commit::id)
        .orElse(null);
  }

  /** File and folder changes between two trees (no rename detection), sorted by path. */
  static List<Change> changes(
      NavigableMap<String, String> from,
      NavigableMap<String, String> to,
      String fromTreeId,
      String toTreeId) {
    List<Change> files = new ArrayList<>();
    for (Map.Entry<String, String> e : to.entrySet()) {
      String old = from.get(e.getKey());
      if (old == null) {
        files.add(new Change(ChangeType.ADD, e.getKey(), null, e.getValue(), null, false));
      } else if (!old.equals(e.getValue())) {
        files.add(new Change(ChangeType.EDIT, e.getKey(), null, e.getValue(), old, false));
      }
    }
    for (Map.Entry<String, String> e : from.entrySet()) {
      if (!to.containsKey(e.getKey())) {
        files.add(new Change(ChangeType.DELETE, e.getKey(), null, null, e.getValue(), false));
      }
    }
    List<Change> all = new ArrayList<>(files);
    all.addAll(CommitWriter.folders(from, to, files, fromTreeId, toTreeId));
    all.sort(Comparator.comparing(Change::path));
    return all;
  }
}
