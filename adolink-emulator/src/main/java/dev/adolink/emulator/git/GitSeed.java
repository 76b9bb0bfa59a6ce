package dev.adolink.emulator.git;

import dev.adolink.emulator.http.Dates;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.seed.Seeder;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The seed step of git: a project's {@code repositories} ({@code name}; the default repository
 * named like the project exists already), each with {@code commits} ({@code branch, message,
 * author, date, changes: [{type, path, content, from}]}) and {@code generate: {commits,
 * filesPerCommit}}.
 */
final class GitSeed implements Seeder.ProjectStep {

  private final GitService git;
  private final HistoryGenerator generator;

  GitSeed(GitService git, HistoryGenerator generator) {
    this.git = git;
    this.generator = generator;
  }

  @Override
  public void apply(Organization org, Project project, JsonNode projectSeed) {
    for (JsonNode r : projectSeed.path("repositories")) {
      String name = Json.text(r, "name", project.name());
      GitRepo repo =
          GitService.list(org, java.util.Optional.of(project)).stream()
              .filter(existing -> existing.name().equalsIgnoreCase(name))
              .findFirst()
              .orElseGet(() -> git.createRepository(org, project, name));
      for (JsonNode c : r.path("commits")) {
        commit(org, repo, c);
      }
      if (r.has("generate")) {
        JsonNode g = r.path("generate");
        generator.generate(
            org,
            repo,
            g.path("commits").asInt(100),
            g.path("filesPerCommit").asInt(3),
            firstMember(org));
      }
    }
  }

  private void commit(Organization org, GitRepo repo, JsonNode c) {
    User author =
        java.util.Optional.ofNullable(Json.text(c, "author", null))
            .map(
                email ->
                    org.members().stream()
                        .filter(u -> u.email().equalsIgnoreCase(email))
                        .findFirst()
                        .orElseThrow(
                            () -> new IllegalArgumentException("seed: no member " + email)))
            .orElseGet(() -> firstMember(org));
    Signature when =
        c.hasNonNull("date")
            ? new Signature(
                author.displayName(), author.email(), Dates.parse(c.path("date").asString()))
            : null;
    List<PushSpec.ChangeSpec> changes = new ArrayList<>();
    for (JsonNode ch : c.path("changes")) {
      String type = Json.text(ch, "type", "add").toLowerCase(Locale.ROOT);
      String content = Json.text(ch, "content", null);
      changes.add(
          new PushSpec.ChangeSpec(
              ChangeType.parse(type),
              Json.text(ch, "path", null),
              Json.text(ch, "from", null),
              content == null ? null : content.getBytes(StandardCharsets.UTF_8)));
    }
    String branch =
        GitService.refName(
            Json.text(c, "branch", org.read(() -> repo.defaultBranch().orElse("refs/heads/main"))));
    String startFrom = Json.text(c, "startFrom", null);
    String tip =
        org.read(
            () ->
                repo.refs()
                    .getOrDefault(
                        branch,
                        startFrom == null
                            ? RefUpdate.ZERO
                            : repo.refs()
                                .getOrDefault(GitService.refName(startFrom), RefUpdate.ZERO)));
    PushSpec.CommitSpec commit =
        new PushSpec.CommitSpec(
            Json.text(c, "message", "Seeded commit"), when, when, null, changes);
    git.push(
        org,
        repo,
        new PushSpec(List.of(new PushSpec.RefSpec(branch, tip, null)), List.of(commit)),
        author);
  }

  private static User firstMember(Organization org) {
    return org.members().stream()
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("seed: the organization needs a user to push"));
  }
}
