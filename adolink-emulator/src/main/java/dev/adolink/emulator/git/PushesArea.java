package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Dates;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Pushes: create (commits with add/edit/delete/rename and contents), list, get. */
final class PushesArea implements Area {

  private static final String PUSHES =
      "{org}/{project?}/_apis/git/repositories/{repositoryId}/pushes";

  private final GitService git;
  private final RepositoryJson json;

  PushesArea(GitService git, RepositoryJson json) {
    this.git = git;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.post(PUSHES, this::create);
    org.get(PUSHES, this::list);
    org.get(PUSHES + "/{pushId}", this::get);
  }

  private Response create(Request request) {
    Located at = Located.of(request);
    Push push = git.push(at.org(), at.repo(), spec(request.json()), request.principal().user());
    return Response.json(
        201,
        at.org().read(() -> json.push(at.org(), at.project(), at.repo(), push, true, true, false)));
  }

  private Response list(Request request) {
    Located at = Located.of(request);
    var q = request.query();
    Instant from = q.get("searchCriteria.fromDate", "fromDate").map(Dates::parse).orElse(null);
    Instant to = q.get("searchCriteria.toDate", "toDate").map(Dates::parse).orElse(null);
    String pusher = q.get("searchCriteria.pusherId", "pusherId").orElse(null);
    String ref = q.get("searchCriteria.refName", "refName").orElse(null);
    boolean refUpdates =
        q.bool("searchCriteria.includeRefUpdates", false) || q.bool("includeRefUpdates", false);
    int skip = q.integer("$skip", "skip").orElse(0);
    int top = q.integer("$top", "top").orElse(100);
    List<ObjectNode> pushes =
        at.org()
            .read(
                () ->
                    at.repo().pushes().stream()
                        .sorted(Comparator.comparingInt(Push::pushId).reversed())
                        .filter(p -> from == null || !p.date().isBefore(from))
                        .filter(p -> to == null || !p.date().isAfter(to))
                        .filter(
                            p ->
                                pusher == null
                                    || p.pushedBy().id().toString().equalsIgnoreCase(pusher))
                        .filter(
                            p ->
                                ref == null
                                    || p.refUpdates().stream()
                                        .anyMatch(u -> u.name().equalsIgnoreCase(ref)))
                        .skip(skip)
                        .limit(top)
                        .map(
                            p ->
                                json.push(
                                    at.org(), at.project(), at.repo(), p, false, refUpdates, true))
                        .toList());
    return Response.list(pushes);
  }

  private Response get(Request request) {
    Located at = Located.of(request);
    int id = Integer.parseInt(request.param("pushId"));
    int include = request.query().integer("includeCommits").orElse(0);
    return at.org()
        .read(
            () -> {
              Push push =
                  at.repo().pushes().stream()
                      .filter(p -> p.pushId() == id)
                      .findFirst()
                      .orElseThrow(() -> GitErrors.pushNotFound(id, at.repo().name()));
              ObjectNode body =
                  json.push(at.org(), at.project(), at.repo(), push, true, true, true);
              ArrayNode commits = (ArrayNode) body.get("commits");
              while (commits.size() > Math.max(0, include)) {
                commits.remove(commits.size() - 1);
              }
              return Response.ok(body);
            });
  }

  /** Reads a {@code GitPush} request body. */
  static PushSpec spec(JsonNode body) {
    List<PushSpec.RefSpec> refs = new ArrayList<>();
    for (JsonNode r : Json.field(body, "refUpdates")) {
      refs.add(
          new PushSpec.RefSpec(
              Json.text(r, "name", null),
              Json.text(r, "oldObjectId", null),
              Json.text(r, "newObjectId", null)));
    }
    List<PushSpec.CommitSpec> commits = new ArrayList<>();
    for (JsonNode c : Json.field(body, "commits")) {
      List<PushSpec.ChangeSpec> changes = new ArrayList<>();
      for (JsonNode ch : Json.field(c, "changes")) {
        changes.add(change(ch));
      }
      List<String> parents = null;
      if (Json.field(c, "parents").isArray()) {
        parents = new ArrayList<>();
        for (JsonNode p : Json.field(c, "parents")) {
          parents.add(p.asString());
        }
      }
      commits.add(
          new PushSpec.CommitSpec(
              Json.text(c, "comment", ""),
              signature(Json.get(c, "author")),
              signature(Json.get(c, "committer")),
              parents,
              changes));
    }
    return new PushSpec(refs, commits);
  }

  private static PushSpec.ChangeSpec change(JsonNode ch) {
    ChangeType type =
        ChangeType.parse(Json.enumText(ch, "changeType", GitEnums.CHANGE_TYPE, "add"));
    String path = Json.text(ch.path("item"), "path", null);
    String source = Json.text(ch, "sourceServerItem", Json.text(ch, "originalPath", null));
    byte[] content = null;
    JsonNode newContent = Json.get(ch, "newContent");
    if (newContent != null && newContent.isObject()) {
      String text = Json.text(newContent, "content", "");
      boolean base64 =
          Json.enumText(newContent, "contentType", GitEnums.CONTENT_TYPE, "rawText")
              .equals("base64Encoded");
      content =
          base64 ? Base64.getMimeDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
    }
    if (type == ChangeType.RENAME && content != null) {
      type = ChangeType.EDIT_RENAME;
    }
    return new PushSpec.ChangeSpec(type, path, source, content);
  }

  private static Signature signature(JsonNode node) {
    if (node == null || !node.isObject() || Json.text(node, "email", null) == null) {
      return null;
    }
    Instant date = node.hasNonNull("date") ? Dates.parse(node.path("date").asString()) : null;
    return new Signature(
        Json.text(node, "name", node.path("email").asString()),
        node.path("email").asString(),
        date);
  }
}
