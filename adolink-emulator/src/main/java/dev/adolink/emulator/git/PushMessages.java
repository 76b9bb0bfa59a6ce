package dev.adolink.emulator.git;

import dev.adolink.emulator.http.Json;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code message} and {@code detailedMessage} texts of a git.push delivery, as ADO words them.
 */
final class PushMessages {

  private PushMessages() {}

  static ObjectNode message(String pusher, String branch, String repo, String remote) {
    String branchUrl = remote + "/#version=GB" + branch;
    ObjectNode json = Json.object();
    json.put(
        "text",
        pusher + " pushed updates to branch " + branch + " of " + repo + "\r\n(" + branchUrl + ")");
    json.put(
        "html",
        pusher
            + " pushed updates to branch <a href=\""
            + branchUrl
            + "\">"
            + branch
            + "</a> of <a href=\""
            + remote
            + "/\">"
            + repo
            + "</a>");
    json.put(
        "markdown",
        pusher
            + " pushed updates to branch ["
            + branch
            + "]("
            + branchUrl
            + ") of ["
            + repo
            + "]("
            + remote
            + "/)");
    return json;
  }

  static ObjectNode detailed(
      String pusher, String branch, String repo, String remote, List<Commit> commits) {
    String branchUrl = remote + "/#version=GB" + branch;
    String count = commits.size() == 1 ? "1 commit" : commits.size() + " commits";
    StringBuilder text =
        new StringBuilder(pusher + " pushed " + count + " to branch " + branch + " of " + repo);
    StringBuilder html =
        new StringBuilder(
            pusher
                + " pushed "
                + count
                + " to branch <a href=\""
                + branchUrl
                + "\">"
                + branch
                + "</a> of <a href=\""
                + remote
                + "/\">"
                + repo
                + "</a>\r\n<ul>");
    StringBuilder markdown =
        new StringBuilder(
            pusher
                + " pushed "
                + count
                + " to branch ["
                + branch
                + "]("
                + branchUrl
                + ") of ["
                + repo
                + "]("
                + remote
                + "/)");
    for (int i = commits.size() - 1; i >= 0; i--) {
      Commit commit = commits.get(i);
      String subject = CommitJson.truncate(commit.comment().strip());
      String shortId = commit.id().substring(0, 8);
      String url = remote + "/commit/" + commit.id();
      text.append("\r\n - ")
          .append(subject)
          .append(' ')
          .append(shortId)
          .append(" (")
          .append(url)
          .append(')');
      html.append("\r\n<li>")
          .append(subject)
          .append(" <a href=\"")
          .append(url)
          .append("\">")
          .append(shortId)
          .append("</a></li>");
      markdown
          .append("\r\n* ")
          .append(subject)
          .append(" [")
          .append(shortId)
          .append("](")
          .append(url)
          .append(')');
    }
    html.append("\r\n</ul>");
    ObjectNode json = Json.object();
    json.put("text", text.toString());
    json.put("html", html.toString());
    json.put("markdown", markdown.toString());
    return json;
  }
}
