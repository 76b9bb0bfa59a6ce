package dev.adolink.emulator.git;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Builds the {@link GitPushEvent} of a push and publishes it (inside the organization's write
 * lock).
 */
final class GitPushEvents {

  /** A payload lists at most this many (the newest) commits; the REST API has them all. */
  static final int PAYLOAD_COMMITS = 100;

  private final Clock clock;
  private final GitUrls urls;
  private final RepositoryJson json;

  GitPushEvents(Clock clock, GitUrls urls, RepositoryJson json) {
    this.clock = clock;
    this.urls = urls;
    this.json = json;
  }

  void publish(Organization org, GitRepo repo, Push push) {
    Project project = org.project(repo.projectId().toString()).orElseThrow();
    String remote = urls.remote(org, project, repo);
    String branch = push.refUpdates().get(0).name().replaceFirst("^refs/heads/", "");
    List<String> newest =
        push.commitIds()
            .subList(
                Math.max(0, push.commitIds().size() - PAYLOAD_COMMITS), push.commitIds().size());
    Push payload = new Push(push.pushId(), push.date(), push.pushedBy(), push.refUpdates(), newest);
    List<Commit> commits = newest.stream().map(id -> repo.commit(id).orElseThrow()).toList();
    String pusher = push.pushedBy().displayName();
    org.publish(
        new GitPushEvent(
            UUID.randomUUID(),
            clock.instant(),
            org.id(),
            org.name(),
            project.id(),
            project.name(),
            repo.id(),
            repo.name(),
            push.pushId(),
            push.pushedBy(),
            push.refUpdates(),
            push.commitIds(),
            json.push(org, project, repo, payload, true, true, true),
            PushMessages.message(pusher, branch, repo.name(), remote),
            PushMessages.detailed(pusher, branch, repo.name(), remote, commits)));
  }
}
