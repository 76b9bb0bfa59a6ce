package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Urls;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import tools.jackson.databind.node.ObjectNode;

/** Identities as work item resources embed them ({@code IdentityRef}). */
final class IdentityRefs {

  private final Urls urls;

  IdentityRefs(Urls urls) {
    this.urls = urls;
  }

  /** {@code {displayName, url, _links: {avatar}, id, uniqueName, imageUrl, descriptor}}. */
  ObjectNode ref(Organization org, User user) {
    ObjectNode json = Json.object();
    json.put("displayName", user.displayName());
    json.put("url", urls.identity(org, user.id()));
    json.putObject("_links")
        .set(
            "avatar",
            Json.href(urls.org(org) + "_apis/GraphProfile/MemberAvatars/" + user.descriptor()));
    json.put("id", user.id().toString());
    json.put("uniqueName", user.email());
    json.put("imageUrl", urls.identityImage(org, user.id()));
    json.put("descriptor", user.descriptor());
    return json;
  }

  /** The webhook form of {@code revisedBy}: the IdentityRef plus {@code name: "Name <email>"}. */
  ObjectNode withName(Organization org, User user) {
    ObjectNode json = ref(org, user);
    json.put("name", user.nameWithEmail());
    return json;
  }
}
