package dev.adolink.emulator.git;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bulk history for benchmarks: {@code commits} commits of {@code filesPerCommit} file changes each
 * on the default branch, in one push (one git.push event). Deterministic: files are adds until a
 * pool of paths fills, then mostly edits with some deletes and renames; every fifth message has a
 * body (so lists truncate it); authors rotate over the organization's members; dates are a minute
 * apart, ending now.
 */
public final class HistoryGenerator {

  private final GitService git;
  private final Clock clock;

  HistoryGenerator(GitService git, Clock clock) {
    this.git = git;
    this.clock = clock;
  }

  public Push generate(
      Organization org, GitRepo repo, int commits, int filesPerCommit, User pusher) {
    if (commits < 1 || filesPerCommit < 1) {
      throw GitErrors.invalidArgument("commits and filesPerCommit must be at least 1");
    }
    List<User> authors = org.members().isEmpty() ? List.of(pusher) : org.members();
    String branch = org.read(() -> repo.defaultBranch().orElse("refs/heads/main"));
    String tip = org.read(() -> repo.refs().getOrDefault(branch, RefUpdate.ZERO));
    Set<String> existing =
        new HashSet<>(
            org.read(() -> repo.graph().tree(tip.equals(RefUpdate.ZERO) ? null : tip).keySet()));
    int pool = Math.max(filesPerCommit * 20, 50);
    Instant start = clock.instant().minus(Duration.ofMinutes(commits));
    List<PushSpec.CommitSpec> specs = new ArrayList<>(commits);
    for (int i = 0; i < commits; i++) {
      User author = authors.get(i % authors.size());
      Signature when =
          new Signature(
              author.displayName(), author.email(), start.plus(Duration.ofMinutes(i + 1)));
      specs.add(
          new PushSpec.CommitSpec(
              message(i, filesPerCommit),
              when,
              when,
              null,
              changes(i, filesPerCommit, pool, existing)));
    }
    return git.push(
        org, repo, new PushSpec(List.of(new PushSpec.RefSpec(branch, tip, null)), specs), pusher);
  }

  private static List<PushSpec.ChangeSpec> changes(
      int commit, int files, int pool, Set<String> existing) {
    List<PushSpec.ChangeSpec> changes = new ArrayList<>(files);
    Set<String> touched = new HashSet<>();
    for (int j = 0; j < files; j++) {
      int n = (commit * files + j) % pool;
      String path = path(n, 0);
      String renamed = path(n, 1);
      if (touched.contains(path) || touched.contains(renamed)) {
        continue;
      }
      byte[] content =
          ("// " + path + " at commit " + commit + "\n").getBytes(StandardCharsets.UTF_8);
      if (existing.contains(renamed)) {
        changes.add(new PushSpec.ChangeSpec(ChangeType.RENAME, path, renamed, null));
        existing.remove(renamed);
        existing.add(path);
      } else if (!existing.contains(path)) {
        changes.add(new PushSpec.ChangeSpec(ChangeType.ADD, path, null, content));
        existing.add(path);
      } else if ((commit + j) % 29 == 0) {
        changes.add(new PushSpec.ChangeSpec(ChangeType.DELETE, path, null, null));
        existing.remove(path);
      } else if ((commit + j) % 31 == 0) {
        changes.add(new PushSpec.ChangeSpec(ChangeType.RENAME, renamed, path, null));
        existing.remove(path);
        existing.add(renamed);
      } else {
        changes.add(new PushSpec.ChangeSpec(ChangeType.EDIT, path, null, content));
      }
      touched.add(path);
      touched.add(renamed);
    }
    return changes;
  }

  private static String path(int n, int variant) {
    String name = variant == 0 ? "File" + n + ".java" : "Renamed" + n + ".java";
    return "/src/module" + (n % 10) + "/pkg" + (n % 3) + "/" + name;
  }

  private static String message(int i, int files) {
    String subject =
        "Generated change " + (i + 1) + ": update " + files + " file" + (files == 1 ? "" : "s");
    return i % 5 == 4
        ? subject + "\n\nA longer description of change " + (i + 1) + ".\nIt spans lines."
        : subject;
  }
}
