package dev.adolink.server.scm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A release to create.
 *
 * @param projects tracker project slugs (or ids)
 * @param refs per repository, the release's head commit and optionally where its range starts
 * @param url where the release is described
 * @param startedAt when work on it started
 * @param releasedAt when it shipped (sentry-cli's {@code --finalize})
 */
public record NewRelease(
    String version,
    List<String> projects,
    List<Ref> refs,
    @Nullable String url,
    @Nullable Instant startedAt,
    @Nullable Instant releasedAt) {

  public NewRelease {
    projects = List.copyOf(projects);
    refs = List.copyOf(refs);
  }

  public NewRelease(String version, List<String> projects, List<Ref> refs) {
    this(version, projects, refs, null, null, null);
  }

  /**
   * @param repository {@code Project/repo} as added to the organization (or the repository's id)
   * @param commit the release's head commit there (full sha)
   * @param previousCommit the last commit of the previous release, excluded from the range;
   *     default: the head of that repository in the previous release
   */
  public record Ref(String repository, String commit, @Nullable String previousCommit) {}
}
