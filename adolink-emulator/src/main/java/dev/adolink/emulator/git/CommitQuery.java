package dev.adolink.emulator.git;

import dev.adolink.emulator.http.Dates;
import dev.adolink.emulator.http.QueryString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Commit search criteria ({@code GitQueryCommitsCriteria}) and their evaluation. With both versions
 * the result is {@code git log itemVersion..compareVersion}: commits reachable from compareVersion
 * and not from itemVersion (as the spec's paired examples show); compareVersion alone is ignored.
 * {@code fromCommitId}/{@code toCommitId} are alphabetical bounds, as the spec says. Newest first;
 * {@code $top} defaults to 100.
 */
record CommitQuery(
    List<String> ids,
    Optional<GitVersion> itemVersion,
    Optional<GitVersion> compareVersion,
    String fromCommitId,
    String toCommitId,
    String author,
    String user,
    Instant fromDate,
    Instant toDate,
    String itemPath,
    boolean oldestFirst,
    Integer pushId,
    int skip,
    int top) {

  static final int DEFAULT_TOP = 100;

  /** From query parameters, with or without the {@code searchCriteria.} prefix. */
  static CommitQuery fromQuery(QueryString q) {
    return new CommitQuery(
        q.get("searchCriteria.ids", "ids").map(v -> List.of(v.split(","))).orElse(List.of()),
        GitVersion.fromQuery(q, "searchCriteria.itemVersion")
            .or(() -> GitVersion.fromQuery(q, "itemVersion")),
        GitVersion.fromQuery(q, "searchCriteria.compareVersion")
            .or(() -> GitVersion.fromQuery(q, "compareVersion")),
        q.get("searchCriteria.fromCommitId", "fromCommitId").orElse(null),
        q.get("searchCriteria.toCommitId", "toCommitId").orElse(null),
        q.get("searchCriteria.author", "author").orElse(null),
        q.get("searchCriteria.user", "user").orElse(null),
        q.get("searchCriteria.fromDate", "fromDate").map(Dates::parse).orElse(null),
        q.get("searchCriteria.toDate", "toDate").map(Dates::parse).orElse(null),
        q.get("searchCriteria.itemPath", "itemPath").orElse(null),
        q.bool("searchCriteria.showOldestCommitsFirst", false)
            || q.bool("showOldestCommitsFirst", false),
        q.integer("pushId").orElse(null),
        q.integer("searchCriteria.$skip", "$skip", "searchCriteria.skip", "skip").orElse(0),
        q.integer("searchCriteria.$top", "$top", "searchCriteria.top", "top").orElse(DEFAULT_TOP));
  }

  /** From a commitsbatch body; {@code $top}/{@code $skip} of the query win over the body's. */
  static CommitQuery fromBody(JsonNode body, QueryString q) {
    List<String> ids = new ArrayList<>();
    body.path("ids").forEach(id -> ids.add(id.asString()));
    return new CommitQuery(
        ids,
        GitVersion.fromJson(body.get("itemVersion")),
        GitVersion.fromJson(body.get("compareVersion")),
        text(body, "fromCommitId"),
        text(body, "toCommitId"),
        text(body, "author"),
        text(body, "user"),
        Optional.ofNullable(text(body, "fromDate")).map(Dates::parse).orElse(null),
        Optional.ofNullable(text(body, "toDate")).map(Dates::parse).orElse(null),
        text(body, "itemPath"),
        body.path("showOldestCommitsFirst").asBoolean(false),
        null,
        q.integer("$skip", "skip").orElse(body.path("$skip").asInt(body.path("skip").asInt(0))),
        q.integer("$top", "top")
            .orElse(body.path("$top").asInt(body.path("top").asInt(DEFAULT_TOP))));
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
  }

  List<Commit> run(GitRepo repo) {
    List<Commit> selected = select(repo);
    if (!filters() && !oldestFirst) {
      int from = Math.min(Math.max(0, skip), selected.size());
      return selected.subList(from, Math.min(selected.size(), from + Math.max(0, top)));
    }
    List<Commit> found = selected.stream().filter(this::matches).toList();
    if (oldestFirst) {
      found = new ArrayList<>(found);
      java.util.Collections.reverse(found);
    }
    return found.stream().skip(Math.max(0, skip)).limit(Math.max(0, top)).toList();
  }

  private List<Commit> select(GitRepo repo) {
    if (!ids.isEmpty()) {
      return ids.stream()
          .map(id -> repo.commit(id.trim()).orElse(null))
          .filter(Objects::nonNull)
          .toList();
    }
    if (pushId != null) {
      Push push =
          repo.pushes().stream()
              .filter(p -> p.pushId() == pushId)
              .findFirst()
              .orElseThrow(() -> GitErrors.pushNotFound(pushId, repo.name()));
      List<Commit> commits =
          new ArrayList<>(
              push.commitIds().stream().map(id -> repo.commit(id).orElseThrow()).toList());
      java.util.Collections.reverse(commits);
      return commits;
    }
    if (itemVersion.isPresent() && compareVersion.isPresent()) {
      return repo.graph()
          .history(compareVersion.get().resolve(repo), itemVersion.get().resolve(repo));
    }
    if (itemVersion.isPresent()) {
      return repo.graph().history(itemVersion.get().resolve(repo), null);
    }
    if (repo.defaultBranch().isEmpty()) {
      return List.of();
    }
    return repo.graph().history(GitVersion.defaultTip(repo), null);
  }

  private boolean filters() {
    return fromCommitId != null
        || toCommitId != null
        || author != null
        || user != null
        || fromDate != null
        || toDate != null
        || itemPath != null;
  }

  private boolean matches(Commit c) {
    return (fromCommitId == null || c.id().compareTo(fromCommitId.toLowerCase(Locale.ROOT)) >= 0)
        && (toCommitId == null || c.id().compareTo(toCommitId.toLowerCase(Locale.ROOT)) <= 0)
        && (author == null || person(c.author(), author))
        && (user == null || person(c.committer(), user))
        && (fromDate == null || !c.committer().date().isBefore(fromDate))
        && (toDate == null || !c.committer().date().isAfter(toDate))
        && (itemPath == null || touches(c, CommitWriter.normalize(itemPath)));
  }

  private static boolean person(Signature s, String who) {
    String lower = who.toLowerCase(Locale.ROOT);
    return s.name().toLowerCase(Locale.ROOT).contains(lower)
        || s.email().toLowerCase(Locale.ROOT).contains(lower);
  }

  private static boolean touches(Commit c, String path) {
    return c.changes().stream()
        .filter(ch -> !ch.folder())
        .anyMatch(
            ch ->
                under(ch.path(), path)
                    || (ch.originalPath() != null && under(ch.originalPath(), path)));
  }

  private static boolean under(String file, String path) {
    return path.equals("/")
        || file.equalsIgnoreCase(path)
        || file.toLowerCase(Locale.ROOT).startsWith(path.toLowerCase(Locale.ROOT) + "/");
  }
}
