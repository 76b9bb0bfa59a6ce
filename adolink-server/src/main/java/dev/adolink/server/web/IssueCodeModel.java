package dev.adolink.server.web;

import dev.adolink.server.scm.CodeMappings;
import dev.adolink.server.scm.FrameLink;
import dev.adolink.server.scm.SuspectCommits;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.StackFrame;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The issue page's code parts: links from frames to their files, the frames without one (to paste a
 * file's address for), suspect commits (or why there are none) and suggested assignees.
 */
@Component
class IssueCodeModel {

  private final CodeMappings codeMappings;
  private final SuspectCommits suspects;

  IssueCodeModel(CodeMappings codeMappings, SuspectCommits suspects) {
    this.codeMappings = codeMappings;
    this.suspects = suspects;
  }

  void fill(Model model, Issue issue) {
    Map<String, String> urls = new HashMap<>();
    for (FrameLink link : codeMappings.links(issue)) {
      if (link.url() != null) {
        urls.putIfAbsent(key(link.filename(), link.lineNo()), link.url());
      }
    }
    List<StackFrame> unlinked =
        issue.frames().stream()
            .filter(f -> Boolean.TRUE.equals(f.inApp()))
            .filter(f -> !urls.containsKey(key(f.filename(), f.lineNo())))
            .toList();
    model.addAttribute("fileUrls", urls);
    model.addAttribute("unlinkedFrames", unlinked);
    model.addAttribute("suspects", suspects.of(issue));
    model.addAttribute("suspectStatus", suspects.status(issue));
    model.addAttribute("suggested", suspects.suggestedAssignees(issue));
  }

  private static String key(String filename, Integer lineNo) {
    return filename + "|" + lineNo;
  }
}
