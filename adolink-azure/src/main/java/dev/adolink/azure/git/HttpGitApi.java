package dev.adolink.azure.git;

import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Transport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class HttpGitApi implements GitApi {

  private static final String REPO = "_apis/git/repositories/{}";

  private final Transport transport;
  private final CommitHistory history;

  HttpGitApi(Transport transport) {
    this.transport = transport;
    this.history = new CommitHistory(transport);
  }

  @Override
  public List<GitRepository> repositories() {
    return transport.sendList(ApiCall.get("_apis/git/repositories").build(), GitRepository.class);
  }

  @Override
  public List<GitRepository> repositories(String project) {
    return transport.sendList(
        ApiCall.get("{}/_apis/git/repositories", project).build(), GitRepository.class);
  }

  @Override
  public GitRepository repository(String repositoryId) {
    return transport.send(ApiCall.get(REPO, repositoryId).build(), GitRepository.class);
  }

  @Override
  public GitRepository repository(String project, String nameOrId) {
    return transport.send(
        ApiCall.get("{}/" + REPO, project, nameOrId).build(), GitRepository.class);
  }

  @Override
  public GitRepository createRepository(String projectId, String name) {
    Map<String, Object> body = Map.of("name", name, "project", Map.of("id", projectId));
    return transport.send(
        ApiCall.post("{}/_apis/git/repositories", projectId).body(body).build(),
        GitRepository.class);
  }

  @Override
  public Paged<GitCommit> commits(String repositoryId, CommitSearch search) {
    return history.commits(repositoryId, search, DEFAULT_PAGE_SIZE);
  }

  @Override
  public GitCommit commit(String repositoryId, String commitId, int changeCount) {
    return transport.send(
        ApiCall.get(REPO + "/commits/{}", repositoryId, commitId)
            .query("changeCount", changeCount)
            .build(),
        GitCommit.class);
  }

  @Override
  public Paged<GitChange> changes(String repositoryId, String commitId) {
    return history.changes(repositoryId, commitId);
  }

  @Override
  public Paged<GitCommit> commitRange(
      String repositoryId, @Nullable String fromExclusive, String to) {
    return commitRange(repositoryId, fromExclusive, to, DEFAULT_PAGE_SIZE);
  }

  @Override
  public Paged<GitCommit> commitRange(
      String repositoryId, @Nullable String fromExclusive, String to, int pageSize) {
    return history.range(repositoryId, fromExclusive, to, pageSize);
  }

  @Override
  public GitCommit commitWithChanges(String repositoryId, String commitId) {
    GitCommit commit = commit(repositoryId, commitId, INLINE_CHANGES);
    boolean truncated =
        commit.changes().size() >= INLINE_CHANGES || commit.changeTotal() > commit.changes().size();
    return truncated ? commit.withChanges(changes(repositoryId, commitId).toList()) : commit;
  }

  @Override
  public CommitDiffs diff(String repositoryId, GitVersion base, GitVersion target) {
    return history.diff(repositoryId, base, target);
  }

  @Override
  public Optional<GitItem> item(
      String repositoryId, String path, @Nullable GitVersion version, boolean includeContent) {
    ApiCall.Builder call =
        ApiCall.get(REPO + "/items", repositoryId)
            .query("path", path)
            .query("includeContent", includeContent);
    if (version != null) {
      call.query("versionDescriptor.version", version.version())
          .query("versionDescriptor.versionType", version.versionType().wire());
    }
    try {
      return Optional.of(transport.send(call.build(), GitItem.class));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  @Override
  public Paged<GitPush> pushes(String repositoryId) {
    return Paged.byOffset(
        DEFAULT_PAGE_SIZE,
        (skip, top) ->
            transport.sendList(
                ApiCall.get(REPO + "/pushes", repositoryId)
                    .query("$skip", skip)
                    .query("$top", top)
                    .query("searchCriteria.includeRefUpdates", true)
                    .build(),
                GitPush.class));
  }

  @Override
  public GitPush push(String repositoryId, int pushId) {
    return transport.send(
        ApiCall.get(REPO + "/pushes/{}", repositoryId, pushId)
            .query("includeRefUpdates", true)
            .build(),
        GitPush.class);
  }

  @Override
  public Paged<GitCommit> pushCommits(String repositoryId, int pushId) {
    return history.pushCommits(repositoryId, pushId, DEFAULT_PAGE_SIZE);
  }

  @Override
  public GitPush createPush(String repositoryId, NewPush push) {
    Map<String, Object> body = new LinkedHashMap<>(push.body());
    return transport.send(
        ApiCall.post(REPO + "/pushes", repositoryId).body(body).build(), GitPush.class);
  }
}
