package dev.adolink.server.tracker;

import java.util.List;

/**
 * Implemented by the feature that links work items to issues, so that the tracker can show them
 * without depending on that feature. No implementation means no links.
 */
public interface ExternalIssueProvider {

  List<ExternalIssue> externalIssues(IssueRef issue);
}
