package dev.adolink.azure.git;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The paged history reads of the git area: commit lists, ranges, changes and diffs. */
final class CommitHistory {

  private static final String REPO = "_apis/git/repositories/{}";

  private final Transport transport;

  CommitHistory(Transport transport) {
    this.transport = transport;
  }

  Paged<GitCommit> commits(String repositoryId, CommitSearch search, int pageSize) {
    return Paged.byOffset(
        pageSize,
        (skip, top) -> {
          ApiCall.Builder call =
              ApiCall.get(REPO + "/commits", repositoryId)
                  .query("searchCriteria.$skip", skip)
                  .query("searchCriteria.$top", top);
          version(call, "searchCriteria.itemVersion", search.itemVersion());
          version(call, "searchCriteria.compareVersion", search.compareVersion());
          call.query("searchCriteria.author", search.author())
              .query("searchCriteria.fromDate", search.fromDate())
              .query("searchCriteria.toDate", search.toDate())
              .query("searchCriteria.itemPath", search.itemPath());
          return transport.sendList(call.build(), GitCommit.class);
        });
  }

  private static void version(ApiCall.Builder call, String prefix, @Nullable GitVersion version) {
    if (version != null) {
      call.query(prefix + ".version", version.version())
          .query(prefix + ".versionType", version.versionType().wire());
    }
  }

  /**
   * {@code POST commitsbatch} with {@code itemVersion} = the excluded base and {@code
   * compareVersion} = the head: ADO walks from the head and stops at commits reachable from the
   * base ({@code git log base..head}). Without a base, {@code itemVersion} is the head.
   */
  Paged<GitCommit> range(
      String repositoryId, @Nullable String fromExclusive, String to, int pageSize) {
    Map<String, Object> criteria = new LinkedHashMap<>();
    if (fromExclusive == null) {
      criteria.put("itemVersion", descriptor(GitVersion.commit(to)));
    } else {
      criteria.put("itemVersion", descriptor(GitVersion.commit(fromExclusive)));
      criteria.put("compareVersion", descriptor(GitVersion.commit(to)));
    }
    return Paged.byOffset(
        pageSize,
        (skip, top) ->
            transport.sendList(
                ApiCall.post(REPO + "/commitsbatch", repositoryId)
                    .query("$skip", skip)
                    .query("$top", top)
                    .body(criteria)
                    .build(),
                GitCommit.class));
  }

  private static Map<String, String> descriptor(GitVersion version) {
    return Map.of("versionType", version.versionType().wire(), "version", version.version());
  }

  /** {@code /changes} pages with {@code top}/{@code skip}, which here have no {@code $}. */
  Paged<GitChange> changes(String repositoryId, String commitId) {
    return Paged.byOffset(
        GitApi.INLINE_CHANGES,
        (skip, top) ->
            transport
                .send(
                    ApiCall.get(REPO + "/commits/{}/changes", repositoryId, commitId)
                        .query("top", top)
                        .query("skip", skip)
                        .build(),
                    ChangesPage.class)
                .changes());
  }

  /** The body of {@code /changes}: {@code {changeCounts, changes}}, no list envelope. */
  record ChangesPage(List<GitChange> changes) {
    ChangesPage {
      changes = changes == null ? List.of() : List.copyOf(changes);
    }
  }

  Paged<GitCommit> pushCommits(String repositoryId, int pushId, int pageSize) {
    return Paged.byOffset(
        pageSize,
        (skip, top) ->
            transport.sendList(
                ApiCall.get(REPO + "/commits", repositoryId)
                    .query("pushId", pushId)
                    .query("skip", skip)
                    .query("top", top)
                    .build(),
                GitCommit.class));
  }

  /** Diffs page over their changes; {@code allChangesIncluded} says when the last page came. */
  CommitDiffs diff(String repositoryId, GitVersion base, GitVersion target) {
    List<GitChange> changes = new ArrayList<>();
    CommitDiffs first = null;
    int skip = 0;
    while (true) {
      CommitDiffs page =
          transport.send(
              ApiCall.get(REPO + "/diffs/commits", repositoryId)
                  .query("baseVersion", base.version())
                  .query("baseVersionType", base.versionType().wire())
                  .query("targetVersion", target.version())
                  .query("targetVersionType", target.versionType().wire())
                  .query("$skip", skip)
                  .query("$top", GitApi.INLINE_CHANGES)
                  .build(),
              CommitDiffs.class);
      first = first == null ? page : first;
      changes.addAll(page.changes());
      skip += page.changes().size();
      if (page.allChangesIncluded() || page.changes().isEmpty()) {
        return first.withChanges(changes);
      }
    }
  }
}
