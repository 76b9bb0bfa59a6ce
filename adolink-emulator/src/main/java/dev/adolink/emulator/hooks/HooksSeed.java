package dev.adolink.emulator.hooks;

import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.seed.Seeder;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed step of service hooks, per organization: {@code users[].canManageHooks} (false: the
 * member may not edit subscriptions), and {@code subscriptions}: subscription bodies as the REST
 * API takes them ({@code publisherId}, {@code consumerId} and {@code consumerActionId} default to a
 * tfs web hook), with {@code project} (sets the {@code projectId} filter), {@code createdBy} (an
 * email) and {@code status}.
 */
final class HooksSeed implements Seeder.OrganizationStep {

  private final Subscriptions subscriptions;

  HooksSeed(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public void apply(Organization org, JsonNode seed) {
    for (JsonNode u : seed.path("users")) {
      if (u.has("canManageHooks")) {
        Subscriptions.permit(
            org, member(org, Json.text(u, "email", "")), u.path("canManageHooks").asBoolean(true));
      }
    }
    for (JsonNode s : seed.path("subscriptions")) {
      ObjectNode body = (ObjectNode) s.deepCopy();
      for (String[] d :
          new String[][] {
            {"publisherId", "tfs"},
            {"consumerId", "webHooks"},
            {"consumerActionId", "httpRequest"},
            {"resourceVersion", "1.0"}
          }) {
        if (!body.has(d[0])) {
          body.put(d[0], d[1]);
        }
      }
      String project = Json.text(s, "project", null);
      if (project != null) {
        ObjectNode inputs =
            body.has("publisherInputs")
                ? (ObjectNode) body.get("publisherInputs")
                : body.putObject("publisherInputs");
        inputs.put("projectId", ProjectService.find(org, project).id().toString());
      }
      String by = Json.text(s, "createdBy", null);
      User creator = by == null ? org.members().get(0) : member(org, by);
      subscriptions.create(org, creator, body);
    }
  }

  private static User member(Organization org, String email) {
    return org.members().stream()
        .filter(u -> u.email().equalsIgnoreCase(email))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("seed: no member " + email + " in " + org));
  }
}
