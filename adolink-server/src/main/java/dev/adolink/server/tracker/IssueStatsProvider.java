package dev.adolink.server.tracker;

import java.util.Optional;

/**
 * Implemented by the feature that receives events (the SDK intake), so that an issue's JSON shows
 * its platform and how many users its events named without the tracker depending on it.
 */
public interface IssueStatsProvider {

  /** What the events of an issue tell about it; empty for issues without events. */
  record IssueStats(String platform, long userCount) {}

  Optional<IssueStats> stats(IssueRef issue);
}
