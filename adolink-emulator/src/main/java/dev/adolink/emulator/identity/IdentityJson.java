package dev.adolink.emulator.identity;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import tools.jackson.databind.node.ObjectNode;

/** Identities as ADO embeds them in other resources ({@code IdentityRef}). */
public final class IdentityJson {

  private final Urls urls;

  public IdentityJson(Urls urls) {
    this.urls = urls;
  }

  /**
   * {@code IdentityRef}: {@code {displayName, url, _links: {avatar}, id, uniqueName, imageUrl,
   * descriptor}}.
   */
  public ObjectNode ref(Organization org, User user) {
    ObjectNode json = Json.object();
    json.put("displayName", user.displayName());
    json.put("url", urls.identity(org, user.id()));
    json.putObject("_links").set("avatar", Json.href(avatarUrl(org, user)));
    json.put("id", user.id().toString());
    json.put("uniqueName", user.email());
    json.put("imageUrl", urls.identityImage(org, user.id()));
    json.put("descriptor", user.descriptor());
    return json;
  }

  /** The short form in git pushes: {@code {id, displayName, uniqueName, url, imageUrl}}. */
  public ObjectNode shortRef(Organization org, User user) {
    ObjectNode json = Json.object();
    json.put("id", user.id().toString());
    json.put("displayName", user.displayName());
    json.put("uniqueName", user.email());
    json.put("url", urls.identity(org, user.id()));
    json.put("imageUrl", urls.identityImage(org, user.id()));
    return json;
  }

  public String avatarUrl(Organization org, User user) {
    return urls.org(org) + "_apis/GraphProfile/MemberAvatars/" + user.descriptor();
  }
}
