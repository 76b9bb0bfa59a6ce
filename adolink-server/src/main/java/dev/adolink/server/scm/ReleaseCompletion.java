package dev.adolink.server.scm;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a release's commit fetch, all in one transaction: the commits become the release's,
 * the issues they fix are resolved, the fetch is done, and the suspect commits of the issues of the
 * release are queued to be found again ({@link ReleaseCommitsStored}).
 */
@Component
class ReleaseCompletion {

  private final ReleaseRepository releases;
  private final ResolveByCommit resolver;
  private final FetchProgress progress;
  private final ApplicationEventPublisher events;

  ReleaseCompletion(
      ReleaseRepository releases,
      ResolveByCommit resolver,
      FetchProgress progress,
      ApplicationEventPublisher events) {
    this.releases = releases;
    this.resolver = resolver;
    this.progress = progress;
    this.events = events;
  }

  @Transactional
  void complete(Release release, List<Long> commitIds) {
    releases.replaceCommits(release.id(), commitIds);
    resolver.resolve(release);
    progress.done(release.id());
    events.publishEvent(new ReleaseCommitsStored(release.id()));
  }
}
