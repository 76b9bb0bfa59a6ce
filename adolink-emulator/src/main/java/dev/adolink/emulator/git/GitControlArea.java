package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.control.ControlArea;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /_emulator/organizations/{org}/repositories/{repo}/generate {commits,
 * filesPerCommit}}: bulk history on the default branch, pushed by the organization's first member.
 */
final class GitControlArea implements Area {

  private final HistoryGenerator generator;

  GitControlArea(HistoryGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void register(Routes routes) {
    ControlArea.open(
        routes
            .on(Host.CONTROL)
            .post(
                "organizations/{org}/repositories/{repo}/generate",
                ControlArea.guarded(this::generate)));
  }

  private Response generate(Request request) {
    Organization org = request.organization();
    GitRepo repo = GitService.findAnywhere(org, request.param("repo"));
    JsonNode body = request.body().length == 0 ? Json.object() : request.json();
    User pusher =
        org.members().stream()
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("the organization has no members to push"));
    Push push =
        generator.generate(
            org,
            repo,
            body.path("commits").asInt(1000),
            body.path("filesPerCommit").asInt(3),
            pusher);
    ObjectNode json = Json.object();
    json.put("repositoryId", repo.id().toString());
    json.put("pushId", push.pushId());
    json.put("commits", push.commitIds().size());
    json.put("firstCommit", push.commitIds().get(0));
    json.put("lastCommit", push.commitIds().get(push.commitIds().size() - 1));
    json.put("branch", push.refUpdates().get(0).name());
    json.put("previousCommit", push.refUpdates().get(0).oldObjectId());
    return Response.json(201, json);
  }
}
