package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The comments API ({@code _apis/wit/workItems/{id}/comments}), preview in every version: add, get,
 * edit, delete, and list newest first with {@code $top} and a {@code continuationToken} in the body
 * ({@code CommentList}).
 */
final class CommentsArea implements Area {

  private static final int DEFAULT_TOP = 200;

  private final Discussion discussion;
  private final WitJson json;

  CommentsArea(Discussion discussion, WitJson json) {
    this.discussion = discussion;
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    String base = "{org}/{project}/_apis/wit/workItems/{workItemId}/comments";
    org.post(base, this::add).preview().since(5, 0);
    org.get(base, this::list).preview().since(5, 0);
    org.get(base + "/{commentId}", this::get).preview().since(5, 0);
    org.patch(base + "/{commentId}", this::edit).preview().since(5, 0);
    org.delete(base + "/{commentId}", this::delete).preview().since(5, 0);
  }

  private Response add(Request request) {
    String format = request.query().get("format").orElse("html").toLowerCase(Locale.ROOT);
    Comment comment =
        discussion.add(
            request.organization(),
            request.principal().user(),
            workItemId(request),
            Json.text(request.json(), "text", null),
            format);
    return Response.ok(request.organization().read(() -> render(request, comment)));
  }

  private Response get(Request request) {
    Organization org = request.organization();
    return Response.ok(
        org.read(
            () -> render(request, Discussion.find(org, workItemId(request), commentId(request)))));
  }

  private Response edit(Request request) {
    Comment comment =
        discussion.edit(
            request.organization(),
            request.principal().user(),
            workItemId(request),
            commentId(request),
            Json.text(request.json(), "text", null));
    return Response.ok(request.organization().read(() -> render(request, comment)));
  }

  private Response delete(Request request) {
    discussion.delete(
        request.organization(),
        request.principal().user(),
        workItemId(request),
        commentId(request));
    return Response.noContent();
  }

  private Response list(Request request) {
    Organization org = request.organization();
    int workItemId = workItemId(request);
    boolean includeDeleted = request.query().bool("includeDeleted", false);
    boolean ascending =
        request.query().enumeration(WitEnums.COMMENT_ORDER, "order").orElse("desc").equals("asc");
    List<Integer> ids = request.query().get("ids").map(WitRequests::ids).orElse(null);
    int top = Math.max(1, request.query().integer("$top").orElse(DEFAULT_TOP));
    String token = request.query().get("continuationToken").orElse(null);
    return Response.ok(
        org.read(
            () -> {
              WorkItem item = WitState.of(org).live(workItemId);
              List<Comment> all =
                  new ArrayList<>(
                      item.comments.stream()
                          .filter(c -> includeDeleted || !c.deleted)
                          .filter(c -> ids == null || ids.contains(c.id))
                          .toList());
              Comparator<Comment> order = Comparator.comparingInt(c -> c.id);
              all.sort(ascending ? order : order.reversed());
              int start = token == null ? 0 : after(all, token);
              List<Comment> page = all.subList(start, Math.min(all.size(), start + top));
              ObjectNode list = Json.object();
              list.put("totalCount", all.size());
              list.put("count", page.size());
              ArrayNode comments = list.putArray("comments");
              page.forEach(c -> comments.add(render(request, c)));
              String url = json.urls().comments(org, item.projectId, item.id);
              if (start + page.size() < all.size()) {
                String next = token(page.get(page.size() - 1).id);
                list.put(
                    "nextPage",
                    url + "?continuationToken=" + next + "&api-version=" + request.apiVersion());
                list.put("continuationToken", next);
              }
              list.put("url", url);
              return list;
            }));
  }

  /** The index after the comment the token names (comments may have been added since). */
  private static int after(List<Comment> comments, String token) {
    int last;
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      last = Integer.parseInt(decoded.substring(decoded.indexOf(':') + 1));
    } catch (IllegalArgumentException e) {
      throw WitErrors.argument("The continuation token '" + token + "' is not valid.");
    }
    for (int i = 0; i < comments.size(); i++) {
      if (comments.get(i).id == last) {
        return i + 1;
      }
    }
    throw WitErrors.argument("The continuation token '" + token + "' is not valid.");
  }

  private static String token(int lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("comment:" + lastId).getBytes(StandardCharsets.UTF_8));
  }

  private ObjectNode render(Request request, Comment comment) {
    Organization org = request.organization();
    WorkItem item = WitState.of(org).live(comment.workItemId);
    ObjectNode c = Json.object();
    c.put("workItemId", comment.workItemId);
    c.put("id", comment.id);
    c.put("version", comment.version);
    c.put("text", comment.text);
    String expand = request.query().enumeration(WitEnums.COMMENT_EXPAND, "$expand").orElse("none");
    if (expand.contains("renderedText") || expand.equals("all")) {
      c.put("renderedText", comment.text);
    }
    c.put("format", comment.format);
    c.set("createdBy", json.identities().ref(org, comment.createdBy));
    c.put("createdDate", Json.date(comment.createdDate));
    c.set("modifiedBy", json.identities().ref(org, comment.modifiedBy));
    c.put("modifiedDate", Json.date(comment.modifiedDate));
    c.put("isDeleted", comment.deleted);
    c.putArray("mentions");
    c.put("url", json.urls().comment(org, item.projectId, comment.workItemId, comment.id));
    return c;
  }

  private static int workItemId(Request request) {
    return WitRequests.id(request, "workItemId");
  }

  private static int commentId(Request request) {
    return WitRequests.id(request, "commentId");
  }
}
