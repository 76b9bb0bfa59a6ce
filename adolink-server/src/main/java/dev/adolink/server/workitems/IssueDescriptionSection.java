package dev.adolink.server.workitems;

import dev.adolink.server.tracker.Issue;
import java.util.Optional;

/**
 * A part another feature adds to the description of a work item created from an issue (e.g. the
 * issue's suspect commits), in Markdown, below the message and the stack trace.
 */
public interface IssueDescriptionSection {

  Optional<String> markdown(Issue issue);
}
