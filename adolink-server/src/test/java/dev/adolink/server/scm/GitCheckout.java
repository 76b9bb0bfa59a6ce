package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.git.Commit;
import dev.adolink.emulator.git.Signature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throwaway git repository for sentry-cli to read: a remote, commits made locally, or commits of
 * an emulator repository written as the very same git commit objects (same id), so that its HEAD is
 * a commit Azure DevOps knows.
 */
final class GitCheckout {

  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "GIT_CONFIG_GLOBAL", "/dev/null",
          "GIT_CONFIG_NOSYSTEM", "1",
          "GIT_AUTHOR_NAME", "Local Dev",
          "GIT_AUTHOR_EMAIL", "local@dev.test",
          "GIT_COMMITTER_NAME", "Local Dev",
          "GIT_COMMITTER_EMAIL", "local@dev.test");

  private final Path directory;

  private GitCheckout(Path directory) {
    this.directory = directory;
  }

  static GitCheckout init(Path parent, String remoteUrl) throws Exception {
    Path directory = Files.createTempDirectory(Files.createDirectories(parent), "checkout");
    GitCheckout checkout = new GitCheckout(directory);
    checkout.git("init", "-q", "-b", "main");
    checkout.git("remote", "add", "origin", remoteUrl);
    return checkout;
  }

  Path directory() {
    return directory;
  }

  /** Commits {@code files} (path → content) locally; answers the new commit's id. */
  String commit(String message, Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
      git("add", file.getKey());
    }
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  /**
   * Writes these emulator commits (oldest first) as git objects and points {@code main} at the
   * last: their trees are not there, which sentry-cli's {@code --auto} does not read.
   */
  void mirror(List<Commit> commits) throws Exception {
    for (Commit commit : commits) {
      StringBuilder body = new StringBuilder("tree ").append(commit.treeId()).append('\n');
      commit.parents().forEach(p -> body.append("parent ").append(p).append('\n'));
      body.append("author ").append(person(commit.author())).append('\n');
      body.append("committer ").append(person(commit.committer())).append("\n\n");
      body.append(commit.comment());
      Path object = Files.createTempFile("commit", ".txt");
      Files.writeString(object, body, StandardCharsets.UTF_8);
      String id = git("hash-object", "-t", "commit", "-w", "--literally", object.toString());
      Files.delete(object);
      assertThat(id.strip()).as("the same commit object as in Azure DevOps").isEqualTo(commit.id());
    }
    git("update-ref", "refs/heads/main", commits.get(commits.size() - 1).id());
  }

  private static String person(Signature s) {
    return s.name() + " <" + s.email() + "> " + s.date().getEpochSecond() + " +0000";
  }

  String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    SentryCli.Result result = SentryCli.exec(directory, ENVIRONMENT, command);
    assertThat(result.exitCode()).as(String.join(" ", command) + ": " + result.output()).isZero();
    return result.output();
  }
}
