package dev.adolink.server.workitems;

import dev.adolink.server.tracker.Issue;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The default description of a work item created from an issue, with every feature's section. */
@Component
class IssueDescriptions {

  private final List<IssueDescriptionSection> sections;

  IssueDescriptions(ObjectProvider<IssueDescriptionSection> sections) {
    this.sections = sections.orderedStream().toList();
  }

  String of(Issue issue, String issueUrl) {
    return Descriptions.of(
        issue,
        issueUrl,
        sections.stream().map(s -> s.markdown(issue)).flatMap(Optional::stream).toList());
  }
}
