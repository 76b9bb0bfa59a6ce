package dev.adolink.server.scm;

import dev.adolink.server.tracker.Issue;
import dev.adolink.server.workitems.IssueDescriptionSection;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The issue's suspect commits in the description of a work item created from it: each a link to the
 * commit in Azure Repos, its first line, author, date and the files that matched.
 */
@Component
class SuspectCommitSection implements IssueDescriptionSection {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final SuspectCommits suspects;

  SuspectCommitSection(SuspectCommits suspects) {
    this.suspects = suspects;
  }

  @Override
  public Optional<String> markdown(Issue issue) {
    List<SuspectCommit> found = suspects.of(issue);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder("Suspect commits:\n");
    for (SuspectCommit commit : found) {
      text.append("\n- ");
      text.append(
          commit.url() == null
              ? "`" + commit.shortSha() + "`"
              : "[" + commit.shortSha() + "](" + commit.url() + ")");
      text.append(' ').append(escape(commit.summary()));
      if (commit.authorName() != null || commit.authorEmail() != null) {
        text.append(" by ")
            .append(
                escape(commit.authorName() != null ? commit.authorName() : commit.authorEmail()));
      }
      if (commit.authoredAt() != null) {
        text.append(" on ").append(DAY.format(commit.authoredAt()));
      }
      text.append(" (")
          .append(String.join(", ", commit.files().stream().map(f -> "`" + f + "`").toList()))
          .append(')');
    }
    return Optional.of(text.toString());
  }

  /** Markdown's own characters in text that comes from commits, taken literally. */
  static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#!|])", "\\\\$1");
  }
}
