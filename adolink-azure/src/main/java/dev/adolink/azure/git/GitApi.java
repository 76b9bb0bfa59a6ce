package dev.adolink.azure.git;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Git repositories, commits, diffs, items and pushes of one organization. Repositories are
 * addressed by id (GUID) unless a method takes a project.
 */
public interface GitApi {

  /** ADO's default page of commits; pass another size to the overloads that take one. */
  int DEFAULT_PAGE_SIZE = 100;

  /**
   * Changes asked for inline when reading one commit; a commit with more is completed from its
   * {@code /changes} pages.
   */
  int INLINE_CHANGES = 1000;

  static GitApi over(Transport transport) {
    return new HttpGitApi(transport);
  }

  /** Every repository of every project (one call; ADO does not page this list). */
  List<GitRepository> repositories();

  List<GitRepository> repositories(String project);

  GitRepository repository(String repositoryId);

  /** A repository by name (or id) within a project. */
  GitRepository repository(String project, String nameOrId);

  GitRepository createRepository(String projectId, String name);

  /** Commits matching {@code search}, all pages ({@code $top}/{@code $skip}). */
  Paged<GitCommit> commits(String repositoryId, CommitSearch search);

  /** One commit with its full message and up to {@code changeCount} changes inline. */
  GitCommit commit(String repositoryId, String commitId, int changeCount);

  /**
   * One commit with its full message and every change: inline when they fit ({@link
   * #INLINE_CHANGES}), else completed from its change pages. The client reads one commit per call;
   * reading many at once, bounded, is the caller's ({@code scm.CommitFetcher} in the server).
   */
  GitCommit commitWithChanges(String repositoryId, String commitId);

  /** Every change of a commit ({@code /changes}, paged with {@code top}/{@code skip}). */
  Paged<GitChange> changes(String repositoryId, String commitId);

  /**
   * The commits reachable from {@code to} and not from {@code fromExclusive} (the whole history of
   * {@code to} when it is null), newest first, through {@code POST commitsbatch}, every page.
   * Messages are truncated to their first line; see {@link #commitWithChanges}.
   */
  Paged<GitCommit> commitRange(String repositoryId, @Nullable String fromExclusive, String to);

  Paged<GitCommit> commitRange(
      String repositoryId, @Nullable String fromExclusive, String to, int pageSize);

  /** The changes between two versions, every page; {@code aheadCount}/{@code behindCount} too. */
  CommitDiffs diff(String repositoryId, GitVersion base, GitVersion target);

  /** A file or folder at {@code version} (the default branch when null); empty when absent. */
  Optional<GitItem> item(
      String repositoryId, String path, @Nullable GitVersion version, boolean includeContent);

  default boolean itemExists(String repositoryId, String path, @Nullable GitVersion version) {
    return item(repositoryId, path, version, false).isPresent();
  }

  /** A file's content as text; empty when the file does not exist at that version. */
  default Optional<String> itemContent(
      String repositoryId, String path, @Nullable GitVersion version) {
    return item(repositoryId, path, version, true).map(GitItem::content);
  }

  /** Pushes to the repository, newest first, all pages. */
  Paged<GitPush> pushes(String repositoryId);

  GitPush push(String repositoryId, int pushId);

  /** The commits of a push, all pages (the webhook payload may carry only some). */
  Paged<GitCommit> pushCommits(String repositoryId, int pushId);

  GitPush createPush(String repositoryId, NewPush push);
}
