package dev.adolink.azure.git;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Criteria of {@code GET .../commits} ({@code searchCriteria.*}): which history to walk and what to
 * keep. All optional; {@link #ALL} lists the default branch's history.
 *
 * @param itemVersion where to start walking (a branch, tag or commit)
 * @param compareVersion with {@code itemVersion}: only commits not reachable from it
 * @param author an author name or email (substring)
 * @param itemPath only commits that touched this path
 */
public record CommitSearch(
    @Nullable GitVersion itemVersion,
    @Nullable GitVersion compareVersion,
    @Nullable String author,
    @Nullable Instant fromDate,
    @Nullable Instant toDate,
    @Nullable String itemPath) {

  public static final CommitSearch ALL = new CommitSearch(null, null, null, null, null, null);

  public static CommitSearch on(GitVersion version) {
    return new CommitSearch(version, null, null, null, null, null);
  }

  public CommitSearch author(String nameOrEmail) {
    return new CommitSearch(itemVersion, compareVersion, nameOrEmail, fromDate, toDate, itemPath);
  }

  public CommitSearch between(@Nullable Instant from, @Nullable Instant to) {
    return new CommitSearch(itemVersion, compareVersion, author, from, to, itemPath);
  }

  public CommitSearch path(String path) {
    return new CommitSearch(itemVersion, compareVersion, author, fromDate, toDate, path);
  }
}
