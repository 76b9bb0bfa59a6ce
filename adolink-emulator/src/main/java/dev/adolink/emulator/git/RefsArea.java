package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Branches and tags without a commit: {@code POST refs} (create, move, delete; a result per ref),
 * branch statistics against a base ({@code stats/branches}) and blobs by object id.
 */
final class RefsArea implements Area {

  private static final String REPO = "{org}/{project?}/_apis/git/repositories/{repositoryId}";

  private final CommitJson commits;
  private final GitUrls urls;

  RefsArea(CommitJson commits, GitUrls urls) {
    this.commits = commits;
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.post(REPO + "/refs", this::update);
    org.get(REPO + "/stats/branches", this::branchStats);
    org.get(REPO + "/stats/branches/{*name}", this::branchStats);
    org.get(REPO + "/blobs/{objectId}", this::blob);
  }

  /**
   * A list of {@code {name, oldObjectId, newObjectId}}: all zeros as the old id creates the ref, as
   * the new id deletes it. Each ref gets its {@code GitRefUpdateResult}; with {@code
   * mode=allOrNone} nothing changes unless every update can.
   */
  private Response update(Request request) {
    Located at = Located.of(request);
    JsonNode body = request.json();
    if (!body.isArray()) {
      throw GitErrors.invalidArgument("The body must be a list of ref updates.");
    }
    boolean allOrNone =
        request
            .query()
            .enumeration(GitEnums.REF_UPDATE_MODE, "mode")
            .orElse("bestEffort")
            .equals("allOrNone");
    List<ObjectNode> results =
        at.org()
            .write(
                () -> {
                  List<ObjectNode> answers = new ArrayList<>();
                  List<Runnable> changes = new ArrayList<>();
                  for (JsonNode update : body) {
                    answers.add(apply(at.repo(), update, changes));
                  }
                  boolean failed = answers.stream().anyMatch(a -> !a.get("success").asBoolean());
                  if (!(allOrNone && failed)) {
                    changes.forEach(Runnable::run);
                  }
                  return answers;
                });
    return Response.list(results);
  }

  private static ObjectNode apply(GitRepo repo, JsonNode update, List<Runnable> changes) {
    String name = GitService.refName(Json.text(update, "name", null));
    String old = Json.text(update, "oldObjectId", RefUpdate.ZERO).toLowerCase(Locale.ROOT);
    String next = Json.text(update, "newObjectId", RefUpdate.ZERO).toLowerCase(Locale.ROOT);
    String current = repo.refs().get(name);
    String status;
    if (!(current == null ? old.equals(RefUpdate.ZERO) : current.equals(old))) {
      status = "staleOldObjectId";
    } else if (!name.matches("refs/(heads|tags)/[^\\s~^:?*\\[\\\\]+") || name.endsWith("/")) {
      status = "invalidRefName";
    } else if (!next.equals(RefUpdate.ZERO) && repo.commit(next).isEmpty()) {
      status = "unresolvableToCommit";
    } else {
      status = "succeeded";
      changes.add(
          () -> {
            if (next.equals(RefUpdate.ZERO)) {
              repo.refs().remove(name);
            } else {
              repo.refs().put(name, next);
            }
          });
    }
    ObjectNode result = Json.object();
    result.put("repositoryId", repo.id().toString());
    result.put("name", name);
    result.put("oldObjectId", old);
    result.put("newObjectId", next);
    result.put("isLocked", false);
    result.put("updateStatus", status);
    result.put("success", status.equals("succeeded"));
    return result;
  }

  /** Every branch (or {@code name=} one) with how far it is ahead of and behind the base. */
  private Response branchStats(Request request) {
    Located at = Located.of(request);
    GitRepo repo = at.repo();
    return at.org()
        .read(
            () -> {
              String base =
                  GitVersion.fromQuery(request.query(), "baseVersionDescriptor")
                      .map(v -> v.resolve(repo))
                      .orElseGet(() -> GitVersion.defaultTip(repo));
              var name =
                  request
                      .optionalParam("name")
                      .filter(n -> !n.isBlank())
                      .or(() -> request.query().get("name"));
              if (name.isPresent()) {
                String ref = GitService.refName(name.get());
                String tip = repo.refs().get(ref);
                if (tip == null) {
                  throw GitErrors.branchNotFound(name.get(), repo.name());
                }
                return Response.ok(stats(at, ref, tip, base));
              }
              List<ObjectNode> all = new ArrayList<>();
              for (Map.Entry<String, String> ref : repo.refs().entrySet()) {
                if (ref.getKey().startsWith("refs/heads/")) {
                  all.add(stats(at, ref.getKey(), ref.getValue(), base));
                }
              }
              return Response.list(all);
            });
  }

  private ObjectNode stats(Located at, String ref, String tip, String base) {
    GitRepo repo = at.repo();
    ObjectNode json = Json.object();
    json.set("commit", commits.pushed(at.org(), repo, repo.commit(tip).orElseThrow()));
    json.put("name", ref.substring("refs/heads/".length()));
    json.put("aheadCount", repo.graph().history(tip, base).size());
    json.put("behindCount", repo.graph().history(base, tip).size());
    json.put("isBaseVersion", tip.equals(base));
    return json;
  }

  /** A blob's metadata as JSON, or its bytes for {@code $format=octetStream} or such an Accept. */
  private Response blob(Request request) {
    Located at = Located.of(request);
    String id = request.param("objectId").toLowerCase(Locale.ROOT);
    byte[] content =
        at.org()
            .read(
                () -> {
                  byte[] bytes = at.repo().blobs().get(id);
                  if (bytes == null) {
                    throw GitErrors.blobNotFound(id, at.repo().name());
                  }
                  return bytes;
                });
    String format = request.query().get("$format").orElse("json").toLowerCase(Locale.ROOT);
    String accept = request.header("Accept").orElse("").toLowerCase(Locale.ROOT);
    if (format.equals("octetstream") || accept.startsWith("application/octet-stream")) {
      return Response.bytes(200, "application/octet-stream", content);
    }
    if (format.equals("text") || accept.startsWith("text/plain")) {
      return Response.bytes(200, "text/plain; charset=utf-8", content);
    }
    String url = urls.repository(at.org(), at.repo()) + "/blobs/" + id;
    ObjectNode json = Json.object();
    json.put("objectId", id);
    json.put("size", content.length);
    json.put("url", url);
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(url));
    links.set("repository", Json.href(urls.repository(at.org(), at.repo())));
    return Response.ok(json);
  }
}
