package dev.adolink.azure.hooks;

import dev.adolink.azure.git.GitCommit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a {@code git.push} service hook delivery says (resource version 1.0, read leniently: unknown
 * properties are ignored, a missing one reads as absent). ADO lists at most {@value
 * #LISTED_COMMITS} commits of a push, each with its id and the first line of its message.
 *
 * @param repositoryId {@code resource.repository.id}, empty when absent
 * @param pushId {@code resource.pushId}, 0 when absent
 * @param commits the listed commits, newest first, as {@link GitCommit#listed} refs
 */
public record GitPushEvent(String repositoryId, int pushId, List<GitCommit> commits) {

  public static final String TYPE = "git.push";

  /** A push listing this many commits may have more (read them with {@code pushCommits}). */
  public static final int LISTED_COMMITS = 100;

  public GitPushEvent {
    commits = List.copyOf(commits);
  }

  /** Whether the push may have more commits than the delivery lists. */
  public boolean mayHaveMore() {
    return commits.size() >= LISTED_COMMITS;
  }

  /** Reads a delivery's body; check it with {@link #malformed} first. */
  public static GitPushEvent read(JsonNode payload) {
    JsonNode resource = payload.path("resource");
    List<GitCommit> commits = new ArrayList<>();
    for (JsonNode commit : resource.path("commits")) {
      String id = commit.path("commitId").asString("");
      if (!id.isEmpty()) {
        commits.add(GitCommit.listed(id, commit.path("comment").asString(null)));
      }
    }
    return new GitPushEvent(
        resource.path("repository").path("id").asString(""),
        resource.path("pushId").asInt(0),
        commits);
  }

  /** What {@link #read} cannot read: a resource, repository or commit list of another shape. */
  public static Optional<String> malformed(JsonNode payload) {
    JsonNode resource = payload.path("resource");
    if (!resource.isObject()) {
      return Optional.of("resource must be a JSON object");
    }
    JsonNode repository = resource.path("repository");
    if (!repository.isMissingNode() && !repository.isNull() && !repository.isObject()) {
      return Optional.of("resource.repository must be a JSON object");
    }
    JsonNode commits = resource.path("commits");
    if (!commits.isMissingNode() && !commits.isNull() && !commits.isArray()) {
      return Optional.of("resource.commits must be a list");
    }
    JsonNode pushId = resource.path("pushId");
    if (pushId.isNumber() && !(pushId.isIntegralNumber() && pushId.canConvertToInt())) {
      return Optional.of("resource.pushId must be a whole number of 32 bits");
    }
    return Optional.empty();
  }
}
