package dev.adolink.emulator.wit;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.store.Organization;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URLs of work item resources, as ADO writes them (collection-scoped where ADO does). */
final class WitUrls {

  private static final Pattern WORK_ITEM_URL =
      Pattern.compile("(?i).*/_apis/wit/workitems/(\\d+)/?$");

  private final Urls urls;

  WitUrls(Urls urls) {
    this.urls = urls;
  }

  Urls urls() {
    return urls;
  }

  String org(Organization org) {
    return urls.org(org);
  }

  String workItem(Organization org, int id) {
    return urls.org(org) + "_apis/wit/workItems/" + id;
  }

  String revision(Organization org, int id, int rev) {
    return workItem(org, id) + "/revisions/" + rev;
  }

  String update(Organization org, int id, int update) {
    return workItem(org, id) + "/updates/" + update;
  }

  String html(Organization org, int id) {
    return urls.org(org) + "web/wi.aspx?pcguid=" + org.id() + "&id=" + id;
  }

  String type(Organization org, UUID projectId, String type) {
    return urls.org(org) + projectId + "/_apis/wit/workItemTypes/" + Urls.segment(type);
  }

  String fields(Organization org) {
    return urls.org(org) + "_apis/wit/fields";
  }

  String field(Organization org, String referenceName) {
    return fields(org) + "/" + referenceName;
  }

  String comment(Organization org, UUID projectId, int workItemId, int commentId) {
    return comments(org, projectId, workItemId) + "/" + commentId;
  }

  String comments(Organization org, UUID projectId, int workItemId) {
    return urls.org(org) + projectId + "/_apis/wit/workItems/" + workItemId + "/comments";
  }

  String recycleBin(Organization org, int id) {
    return urls.org(org) + "_apis/wit/recycleBin/" + id;
  }

  /** The work item id of a link URL ({@code …/_apis/wit/workItems/12}). */
  static Optional<Integer> workItemId(String url) {
    Matcher m = WORK_ITEM_URL.matcher(url);
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
