package dev.adolink.emulator.hosts;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** {@code _apis/connectionData}: who the caller is and which host answered. */
final class ConnectionData {

  private static final UUID GLOBAL_INSTANCE =
      UUID.fromString("00025394-6065-48ca-87d9-7f5672854ef7");

  private final Urls urls;

  ConnectionData(Urls urls) {
    this.urls = urls;
  }

  ObjectNode global(User user) {
    return json(user, GLOBAL_INSTANCE, "hosted", urls.global(Host.APP_VSSPS));
  }

  ObjectNode organization(Organization org, User user) {
    return json(user, org.id(), org.settings().server() ? "onPremises" : "hosted", urls.org(org));
  }

  private static ObjectNode json(
      User user, UUID instance, String deploymentType, String accessPoint) {
    ObjectNode json = Json.object();
    json.set("authenticatedUser", identity(user));
    json.set("authorizedUser", identity(user));
    json.put("instanceId", instance.toString());
    json.put(
        "deploymentId",
        UUID.nameUUIDFromBytes(
                instance.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString());
    json.put("deploymentType", deploymentType);
    ObjectNode location = json.putObject("locationServiceData");
    location.put("serviceOwner", "00025394-6065-48ca-87d9-7f5672854ef7");
    location.put("defaultAccessMappingMoniker", "PublicAccessMapping");
    location.put("lastChangeId", 1);
    location.put("lastChangeId64", 1);
    location
        .putArray("accessMappings")
        .addObject()
        .put("displayName", "Public Access Mapping")
        .put("moniker", "PublicAccessMapping")
        .put("accessPoint", accessPoint);
    return json;
  }

  private static ObjectNode identity(User user) {
    ObjectNode json = Json.object();
    json.put("id", user.id().toString());
    json.put("descriptor", user.identityDescriptor());
    json.put("subjectDescriptor", user.descriptor());
    json.put("providerDisplayName", user.displayName());
    json.put("isActive", true);
    json.putObject("properties")
        .putObject("Account")
        .put("$type", "System.String")
        .put("$value", user.email());
    json.put("resourceVersion", 2);
    json.put("metaTypeId", 0);
    return json;
  }
}
