package dev.adolink.emulator.git;

import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.QueryString;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A {@code GitVersionDescriptor}: {@code version} with {@code versionType} branch (default), tag or
 * commit (any case), and {@code versionOptions} none, previousChange or firstParent.
 */
record GitVersion(String version, String type, String options) {

  /** From query parameters {@code prefix.version}, {@code prefix.versionType}, ... */
  static Optional<GitVersion> fromQuery(QueryString query, String prefix) {
    return fromQuery(
        query, prefix + ".version", prefix + ".versionType", prefix + ".versionOptions");
  }

  /** From the query parameters so named; types and options as names or numbers. */
  static Optional<GitVersion> fromQuery(
      QueryString query, String version, String type, String options) {
    return query
        .get(version)
        .filter(v -> !v.isBlank())
        .map(
            v ->
                new GitVersion(
                    v,
                    query.enumeration(GitEnums.VERSION_TYPE, type).orElse("branch"),
                    query.enumeration(GitEnums.VERSION_OPTIONS, options).orElse("none")));
  }

  /** From a JSON object {@code {version, versionType, versionOptions}} (names or numbers). */
  static Optional<GitVersion> fromJson(JsonNode node) {
    String version = Json.text(node, "version", "");
    if (version.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new GitVersion(
            version,
            Json.enumText(node, "versionType", GitEnums.VERSION_TYPE, "branch"),
            Json.enumText(node, "versionOptions", GitEnums.VERSION_OPTIONS, "none")));
  }

  /** The commit id this version points to; 404 {@code TF401175} when it does not resolve. */
  String resolve(GitRepo repo) {
    String kind = type.toLowerCase(Locale.ROOT);
    String id =
        switch (kind) {
          case "commit" -> repo.commit(version).map(Commit::id).orElse(null);
          case "tag" ->
              repo.refs().get(version.startsWith("refs/") ? version : "refs/tags/" + version);
          default -> repo.refs().get(GitService.refName(version));
        };
    if (id == null) {
      throw GitErrors.unresolvable(describe(), repo.name());
    }
    if (options.equalsIgnoreCase("firstParent") || options.equalsIgnoreCase("previousChange")) {
      Commit commit = repo.commit(id).orElseThrow();
      if (commit.firstParent() == null) {
        throw GitErrors.unresolvable(describe(), repo.name());
      }
      return commit.firstParent();
    }
    return id;
  }

  /** {@code <Branch: develop >}, as ADO quotes a version in errors. */
  String describe() {
    String kind =
        type.isEmpty()
            ? "Branch"
            : Character.toUpperCase(type.charAt(0)) + type.substring(1).toLowerCase(Locale.ROOT);
    return "<" + kind + ": " + version + " >";
  }

  /** The tip of the default branch; 404 for an empty repository. */
  static String defaultTip(GitRepo repo) {
    return repo.defaultBranch()
        .map(repo.refs()::get)
        .orElseThrow(
            () ->
                GitErrors.unresolvable(
                    "<Branch: " + repo.defaultBranch().orElse("") + " >", repo.name()));
  }
}
