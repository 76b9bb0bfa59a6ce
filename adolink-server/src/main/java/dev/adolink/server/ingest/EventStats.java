package dev.adolink.server.ingest;

import dev.adolink.server.tracker.IssueRef;
import dev.adolink.server.tracker.IssueStatsProvider;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An issue's platform and user count, for the tracker's issue JSON. */
@Component
class EventStats implements IssueStatsProvider {

  private final IssueTagRepository tags;

  EventStats(IssueTagRepository tags) {
    this.tags = tags;
  }

  @Override
  public Optional<IssueStats> stats(IssueRef issue) {
    return tags.stats(issue.id()).map(stats -> new IssueStats(stats.platform(), stats.users()));
  }
}
