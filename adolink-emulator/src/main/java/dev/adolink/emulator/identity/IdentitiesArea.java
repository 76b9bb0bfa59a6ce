package dev.adolink.emulator.identity;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * IMS identities on the vssps host: {@code _apis/identities?searchFilter=General|MailAddress|
 * AccountName|DisplayName&filterValue=...}, or by {@code identityIds}, {@code descriptors} or
 * {@code subjectDescriptors}; and one identity by id.
 */
public final class IdentitiesArea implements Area {

  @Override
  public void register(Routes routes) {
    Routes.OnHost vssps = routes.on(Host.VSSPS);
    vssps.get("{org}/_apis/identities", this::search);
    vssps.get("{org}/_apis/identities/{identityId}", this::get);
  }

  private Response search(Request request) {
    Organization org = request.organization();
    QueryString q = request.query();
    Predicate<User> filter;
    if (q.has("searchFilter")) {
      String value =
          q.get("filterValue")
              .orElseThrow(
                  () -> AdoException.invalidArgument("filterValue is required with searchFilter."));
      filter = byFilter(q.get("searchFilter").orElse("General"), value.toLowerCase(Locale.ROOT));
    } else if (q.has("identityIds")) {
      List<String> ids = list(q.get("identityIds").orElse(""));
      filter = u -> ids.contains(u.id().toString());
    } else if (q.has("subjectDescriptors")) {
      List<String> ids = Arrays.asList(q.get("subjectDescriptors").orElse("").split(","));
      filter = u -> ids.contains(u.descriptor());
    } else if (q.has("descriptors")) {
      List<String> ids = Arrays.asList(q.get("descriptors").orElse("").split(","));
      filter = u -> ids.contains(u.identityDescriptor());
    } else {
      throw AdoException.invalidArgument(
          "One of searchFilter, identityIds, descriptors or subjectDescriptors is required.");
    }
    return Response.list(
        org.members().stream().filter(filter).map(IdentitiesArea::identity).toList());
  }

  private Response get(Request request) {
    String id = request.param("identityId");
    User user =
        request.organization().members().stream()
            .filter(u -> u.id().toString().equalsIgnoreCase(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new AdoException(
                        404,
                        "Microsoft.VisualStudio.Services.Identity.IdentityNotFoundException, Microsoft.VisualStudio.Services.WebApi",
                        "The identity " + id + " could not be found.",
                        0));
    return Response.ok(identity(user));
  }

  private static Predicate<User> byFilter(String searchFilter, String value) {
    return switch (searchFilter.toLowerCase(Locale.ROOT)) {
      case "mailaddress", "accountname" -> u -> u.email().equalsIgnoreCase(value);
      case "displayname" -> u -> u.displayName().toLowerCase(Locale.ROOT).startsWith(value);
      case "general" ->
          u ->
              u.email().equalsIgnoreCase(value)
                  || u.displayName().equalsIgnoreCase(value)
                  || u.email().toLowerCase(Locale.ROOT).startsWith(value)
                  || u.displayName().toLowerCase(Locale.ROOT).startsWith(value);
      default ->
          throw AdoException.invalidArgument(
              "The searchFilter '" + searchFilter + "' is not supported.");
    };
  }

  private static List<String> list(String csv) {
    return Arrays.stream(csv.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** An IMS {@code Identity}. */
  static ObjectNode identity(User user) {
    ObjectNode json = Json.object();
    json.put("id", user.id().toString());
    json.put("descriptor", user.identityDescriptor());
    json.put("subjectDescriptor", user.descriptor());
    json.put("providerDisplayName", user.displayName());
    json.put("isActive", true);
    json.put("isContainer", false);
    json.putArray("members");
    json.putArray("memberOf");
    json.putArray("memberIds");
    ObjectNode properties = json.putObject("properties");
    property(
        properties, "SchemaClassName", user.kind() == User.Kind.USER ? "User" : "ServicePrincipal");
    property(properties, "Description", "");
    property(properties, "Domain", User.TENANT.toString());
    property(properties, "Account", user.email());
    property(properties, "Mail", user.email());
    property(properties, "DirectoryAlias", user.email().split("@")[0]);
    json.put("resourceVersion", 2);
    json.put("metaTypeId", 0);
    return json;
  }

  private static void property(ObjectNode properties, String name, String value) {
    properties.putObject(name).put("$type", "System.String").put("$value", value);
  }
}
