package dev.adolink.emulator.identity;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph on the vssps host (preview in every version): users, paged with the {@code
 * X-MS-ContinuationToken} response header passed back as {@code continuationToken}; one user by
 * descriptor; storage keys and descriptors; subject query.
 */
public final class GraphArea implements Area {

  /** Users per page of {@code graph/users}. */
  public static final int PAGE = 100;

  private final Urls urls;

  public GraphArea(Urls urls) {
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost vssps = routes.on(Host.VSSPS);
    vssps.get("{org}/_apis/graph/users", this::users).preview();
    vssps.get("{org}/_apis/graph/users/{descriptor}", this::user).preview();
    vssps.post("{org}/_apis/graph/subjectquery", this::query).preview();
    vssps.get("{org}/_apis/graph/subjects/{descriptor}", this::user).preview();
    vssps.post("{org}/_apis/graph/subjectlookup", this::lookup).preview();
    vssps.get("{org}/_apis/graph/storagekeys/{descriptor}", this::storageKey);
    vssps.get("{org}/_apis/graph/descriptors/{storageKey}", this::descriptor);
  }

  private Response users(Request request) {
    Organization org = request.organization();
    List<String> kinds =
        request
            .query()
            .get("subjectTypes")
            .map(t -> Arrays.asList(t.toLowerCase(Locale.ROOT).split(",")))
            .orElse(List.of());
    List<User> users =
        org.members().stream()
            .filter(u -> u.kind() == User.Kind.USER)
            .filter(u -> kinds.isEmpty() || kinds.contains("aad"))
            .toList();
    int start = request.query().get("continuationToken").map(GraphArea::offset).orElse(0);
    List<ObjectNode> page =
        users.stream().skip(start).limit(PAGE).map(u -> graphUser(org, u)).toList();
    Response response = Response.list(page);
    if (start + PAGE < users.size()) {
      response.header("X-MS-ContinuationToken", token(start + PAGE));
    }
    return response;
  }

  private Response user(Request request) {
    Organization org = request.organization();
    return Response.ok(graphUser(org, byDescriptor(org, request.param("descriptor"))));
  }

  /**
   * {@code {query, subjectKind: ["User"]}}: users whose email or name contains the query (at most
   * 100).
   */
  private Response query(Request request) {
    Organization org = request.organization();
    String query = Json.text(request.json(), "query", "").toLowerCase(Locale.ROOT);
    List<ObjectNode> found =
        org.members().stream()
            .filter(
                u ->
                    u.email().toLowerCase(Locale.ROOT).contains(query)
                        || u.displayName().toLowerCase(Locale.ROOT).contains(query))
            .limit(100)
            .map(u -> graphUser(org, u))
            .toList();
    return Response.list(found);
  }

  /**
   * {@code {lookupKeys: [{descriptor}]}}: the subjects by descriptor, {@code {value: {descriptor:
   * subject}}}; descriptors of no member are left out.
   */
  private Response lookup(Request request) {
    Organization org = request.organization();
    ObjectNode found = Json.object();
    for (var key : Json.field(request.json(), "lookupKeys")) {
      String descriptor = Json.text(key, "descriptor", "");
      org.members().stream()
          .filter(u -> u.descriptor().equals(descriptor))
          .findFirst()
          .ifPresent(u -> found.set(descriptor, graphUser(org, u)));
    }
    ObjectNode answer = Json.object();
    answer.put("count", found.size());
    answer.set("value", found);
    return Response.ok(answer);
  }

  private Response storageKey(Request request) {
    Organization org = request.organization();
    User user = byDescriptor(org, request.param("descriptor"));
    String self = urls.host(Host.VSSPS, org) + "_apis/Graph/StorageKeys/" + user.descriptor();
    ObjectNode json = Json.object();
    json.put("value", user.id().toString());
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(self));
    links.set(
        "descriptor",
        Json.href(urls.host(Host.VSSPS, org) + "_apis/Graph/Descriptors/" + user.id()));
    return Response.ok(json);
  }

  private Response descriptor(Request request) {
    Organization org = request.organization();
    User user =
        org.members().stream()
            .filter(u -> u.id().toString().equalsIgnoreCase(request.param("storageKey")))
            .findFirst()
            .orElseThrow(() -> notFound(request.param("storageKey")));
    ObjectNode json = Json.object();
    json.put("value", user.descriptor());
    json.putObject("_links")
        .set(
            "self", Json.href(urls.host(Host.VSSPS, org) + "_apis/Graph/Descriptors/" + user.id()));
    return Response.ok(json);
  }

  private static User byDescriptor(Organization org, String descriptor) {
    return org.members().stream()
        .filter(u -> u.descriptor().equals(descriptor))
        .findFirst()
        .orElseThrow(() -> notFound(descriptor));
  }

  /** {@code GraphUser}. */
  ObjectNode graphUser(Organization org, User user) {
    String vssps = urls.host(Host.VSSPS, org) + "_apis/Graph/";
    ObjectNode json = Json.object();
    json.put("subjectKind", "user");
    json.put("metaType", "member");
    json.put("directoryAlias", user.email().split("@")[0]);
    json.put("domain", User.TENANT.toString());
    json.put("principalName", user.email());
    json.put("mailAddress", user.email());
    json.put("origin", "aad");
    json.put("originId", user.originId().toString());
    json.put("displayName", user.displayName());
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(vssps + "Users/" + user.descriptor()));
    links.set("memberships", Json.href(vssps + "Memberships/" + user.descriptor()));
    links.set("membershipState", Json.href(vssps + "MembershipStates/" + user.descriptor()));
    links.set("storageKey", Json.href(vssps + "StorageKeys/" + user.descriptor()));
    links.set(
        "avatar",
        Json.href(urls.org(org) + "_apis/GraphProfile/MemberAvatars/" + user.descriptor()));
    json.put("url", vssps + "Users/" + user.descriptor());
    json.put("descriptor", user.descriptor());
    return json;
  }

  /** Continuation tokens are opaque to clients; here the base64 of the next offset. */
  static String token(int offset) {
    return java.util.Base64.getEncoder()
        .encodeToString(("offset:" + offset).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static int offset(String token) {
    try {
      String text =
          new String(
              java.util.Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
      return Integer.parseInt(text.substring("offset:".length()));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw AdoException.invalidArgument("The continuation token is not valid.");
    }
  }

  private static AdoException notFound(String descriptor) {
    return new AdoException(
        404,
        "Microsoft.VisualStudio.Services.Graph.GraphSubjectNotFoundException, Microsoft.VisualStudio.Services.WebApi",
        "VS860015: The subject with descriptor " + descriptor + " could not be found.",
        0);
  }
}
