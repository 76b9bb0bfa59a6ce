package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commits: search ({@code GET commits}, {@code POST commitsbatch}), one commit, its changes, a
 * push's commits.
 */
final class CommitsArea implements Area {

  private static final String REPO = "{org}/{project?}/_apis/git/repositories/{repositoryId}";

  private final CommitJson json;

  CommitsArea(CommitJson json) {
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get(REPO + "/commits", this::list);
    org.post(REPO + "/commitsbatch", this::batch);
    org.get(REPO + "/commits/{commitId}", this::get);
    org.get(REPO + "/commits/{commitId}/changes", this::changes);
    org.get(REPO + "/pushes/{pushId}/commits", this::pushCommits);
  }

  private Response list(Request request) {
    return search(request, CommitQuery.fromQuery(request.query()));
  }

  private Response batch(Request request) {
    return search(request, CommitQuery.fromBody(request.json(), request.query()));
  }

  private Response pushCommits(Request request) {
    CommitQuery all = CommitQuery.fromQuery(request.query());
    int pushId = Integer.parseInt(request.param("pushId"));
    CommitQuery query =
        new CommitQuery(
            List.of(),
            all.itemVersion(),
            all.compareVersion(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            pushId,
            all.skip(),
            all.top());
    return search(request, query, new CommitJson.ListOptions(true, false, false, 0, null));
  }

  private Response search(Request request, CommitQuery query) {
    var q = request.query();
    CommitJson.ListOptions options =
        new CommitJson.ListOptions(
            q.bool("searchCriteria.includeLinks", false) || q.bool("includeLinks", false),
            q.bool("searchCriteria.includePushData", false) || q.bool("includePushData", false),
            q.bool("searchCriteria.includeUserImageUrl", false)
                || q.bool("includeUserImageUrl", false),
            0,
            query.itemPath());
    return search(request, query, options);
  }

  private Response search(Request request, CommitQuery query, CommitJson.ListOptions options) {
    Located at = Located.of(request);
    List<ObjectNode> commits =
        at.org()
            .read(
                () ->
                    query.run(at.repo()).stream()
                        .map(c -> json.listed(at.org(), at.project(), at.repo(), c, options))
                        .toList());
    return Response.list(commits);
  }

  /** {@code GitCommit}; {@code changeCount=N} includes up to N changes and the change counts. */
  private Response get(Request request) {
    Located at = Located.of(request);
    int changeCount = request.query().integer("changeCount").orElse(0);
    return at.org()
        .read(
            () -> {
              Commit commit = commit(at, request.param("commitId"));
              return Response.ok(json.full(at.org(), at.project(), at.repo(), commit, changeCount));
            });
  }

  /**
   * {@code GitCommitChanges}: {@code {changeCounts, changes}}, paged with {@code top}/{@code skip}
   * (no {@code $}).
   */
  private Response changes(Request request) {
    Located at = Located.of(request);
    int skip = request.query().integer("skip", "$skip").orElse(0);
    int top = request.query().integer("top", "$top").orElse(100);
    return at.org()
        .read(
            () -> {
              Commit commit = commit(at, request.param("commitId"));
              ObjectNode body = Json.object();
              body.set("changeCounts", CommitJson.counts(commit.changes(), false));
              body.set(
                  "changes",
                  json.changes(
                      at.org(),
                      at.repo(),
                      commit,
                      commit.changes().stream().skip(skip).limit(top).toList()));
              return Response.ok(body);
            });
  }

  private static Commit commit(Located at, String id) {
    return at.repo().commit(id).orElseThrow(() -> GitErrors.commitNotFound(id, at.repo().name()));
  }
}
