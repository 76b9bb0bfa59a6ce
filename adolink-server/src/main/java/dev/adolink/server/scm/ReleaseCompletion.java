package dev.adolink.server.scm;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a release's commit fetch, all in one transaction: the commits become the release's,
 * the issues they fix are resolved, and the fetch is done.
 */
@Component
class ReleaseCompletion {

  private final ReleaseRepository releases;
  private final ResolveByCommit resolver;
  private final FetchProgress progress;

  ReleaseCompletion(ReleaseRepository releases, ResolveByCommit resolver, FetchProgress progress) {
    this.releases = releases;
    this.resolver = resolver;
    this.progress = progress;
  }

  @Transactional
  void complete(Release release, List<Long> commitIds) {
    releases.replaceCommits(release.id(), commitIds);
    resolver.resolve(release);
    progress.done(release.id());
  }
}
