package dev.adolink.server.scm;

import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.IssueStatus;
import dev.adolink.server.tracker.IssueUpdate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the issues that the commits of a release say they fix ({@link FixReferences}), each with
 * an activity naming the commit and the release. An id that names no issue of the organization is
 * ignored; an issue already resolved stays as it is.
 */
@Component
class ResolveByCommit {

  private final CommitRepository commits;
  private final IssueService issues;

  ResolveByCommit(CommitRepository commits, IssueService issues) {
    this.commits = commits;
    this.issues = issues;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void resolve(Release release) {
    for (StoredCommit commit : commits.messagesOfRelease(release.id())) {
      for (String shortId : FixReferences.in(commit.message())) {
        issues
            .find(release.organizationId(), shortId)
            .ifPresent(
                issue ->
                    issues.update(
                        release.organizationId(),
                        issue.id(),
                        IssueUpdate.status(IssueStatus.RESOLVED),
                        ChangeSource.release(release.id()),
                        Map.of(
                            "commit", commit.sha(),
                            "repository", commit.repository(),
                            "release", release.version())));
      }
    }
  }
}
