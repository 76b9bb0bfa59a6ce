package dev.adolink.azure.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.emulator.control.Admin;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class GitEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private Admin.CreatedOrganization created;
  private Organization org;
  private GitApi git;

  @BeforeEach
  void organization() {
    created = ado.organization();
    ado.emulator().createProject(created.name(), "Web");
    ado.emulator().createProject(created.name(), "Mobile");
    org =
        ado.client()
            .organization(
                ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));
    git = org.git();
  }

  private GitRepository web() {
    return git.repository("Web", "Web");
  }

  private GitPush seed(GitRepository repo) {
    GitPush first =
        git.createPush(
            repo.id(),
            NewPush.onto("refs/heads/main", NewPush.NO_COMMIT)
                .commit(
                    "Initial import\n\nWith a longer body.",
                    c -> c.add("/README.md", "hello").add("/src/app.py", "print(1)"))
                .build());
    String tip = first.refUpdates().get(0).newObjectId();
    return git.createPush(
        repo.id(),
        NewPush.onto("refs/heads/main", tip)
            .commit(
                "Fix the crash",
                c -> c.edit("/src/app.py", "print(2)").delete("/README.md").add("/docs/a.md", "a"))
            .commit("Rename docs", c -> c.rename("/docs/a.md", "/docs/b.md"))
            .build());
  }

  @Nested
  class Repositories {

    @Test
    void listsTheRepositoriesOfEveryProjectInOneCall() {
      List<GitRepository> repositories = git.repositories();

      assertThat(repositories)
          .extracting(r -> r.project().name() + "/" + r.name())
          .containsExactlyInAnyOrder("Web/Web", "Mobile/Mobile");
      assertThat(ado.requests())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l.path()).isEqualTo("/" + created.name() + "/_apis/git/repositories"));
    }

    @Test
    void readsARepositoryByIdOrByProjectAndName() {
      GitRepository byName = web();

      assertThat(git.repository(byName.id())).isEqualTo(byName);
      assertThat(git.repositories("Web"))
          .extracting(GitRepository::id)
          .containsExactly(byName.id());
      // ADO shortens {project}/_git/{repo} to _git/{repo} when both have the same name
      assertThat(byName.webUrl()).endsWith("/" + created.name() + "/_git/Web");
    }

    @Test
    void anUnknownRepositoryIsNotFound() {
      assertThatThrownBy(() -> git.repository("Web", "nope"))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.typeKey()).isEqualTo("GitRepositoryNotFoundException");
                assertThat(e.serverMessage()).startsWith("TF401019");
              });
    }

    @Test
    void createsAnEmptyRepository() {
      String projectId = org.core().project("Web").id();

      GitRepository repo = git.createRepository(projectId, "api");

      assertThat(repo.name()).isEqualTo("api");
      assertThat(repo.defaultBranch()).isNull();
      assertThat(git.repositories("Web")).extracting(GitRepository::name).contains("api");
    }
  }

  @Nested
  class PushesAndCommits {

    @Test
    void pushesCommitsWithTheirChanges() {
      GitPush push = seed(web());

      assertThat(push.commits()).hasSize(2);
      assertThat(push.pushedBy().normalizedEmail()).contains(EmulatedAdo.ALICE);
      assertThat(ado.sent().get(ado.sent().size() - 1).bodyText())
          .contains("\"changeType\":\"rename\"")
          .contains("\"sourceServerItem\":\"/docs/a.md\"");
    }

    @Test
    void aSingleCommitHasItsFullMessageAndChangesWhileListsTruncate() {
      GitRepository repo = web();
      seed(repo);
      GitCommit initial =
          git.commits(repo.id(), CommitSearch.ALL).stream()
              .filter(c -> c.comment().startsWith("Initial"))
              .findFirst()
              .orElseThrow();

      GitCommit full = git.commit(repo.id(), initial.commitId(), 100);

      assertThat(initial.comment()).isEqualTo("Initial import");
      assertThat(initial.commentTruncated()).isTrue();
      assertThat(full.comment()).isEqualTo("Initial import\n\nWith a longer body.\n");
      assertThat(full.changes())
          .filteredOn(change -> !change.isFolder())
          .extracting(GitChange::path)
          .containsExactlyInAnyOrder("/README.md", "/src/app.py");
      assertThat(ado.requests().get(ado.requests().size() - 1).query()).contains("changeCount=100");
    }

    @Test
    void readsEditsDeletesAndRenamesAsChangeTypes() {
      GitRepository repo = web();
      GitPush push = seed(repo);

      GitCommit fix = git.commit(repo.id(), push.commits().get(0).commitId(), 100);
      GitCommit rename = git.commit(repo.id(), push.commits().get(1).commitId(), 100);

      assertThat(fix.changes())
          .filteredOn(change -> !change.isFolder())
          .extracting(GitChange::path, GitChange::changeType)
          .containsExactlyInAnyOrder(
              tuple("/src/app.py", Set.of(ChangeType.EDIT)),
              tuple("/README.md", Set.of(ChangeType.DELETE)),
              tuple("/docs/a.md", Set.of(ChangeType.ADD)));
      assertThat(rename.changes())
          .filteredOn(change -> !change.isFolder())
          .singleElement()
          .satisfies(
              change -> {
                assertThat(change.changeType()).contains(ChangeType.RENAME);
                assertThat(change.path()).isEqualTo("/docs/b.md");
                assertThat(change.previousPath()).isEqualTo("/docs/a.md");
              });
    }

    @Test
    void listsPushesAndTheCommitsOfOnePush() {
      GitRepository repo = web();
      GitPush second = seed(repo);

      assertThat(git.pushes(repo.id()).toList())
          .extracting(GitPush::pushId)
          .contains(second.pushId());
      assertThat(git.push(repo.id(), second.pushId()).refUpdates()).hasSize(1);
      assertThat(git.pushCommits(repo.id(), second.pushId()).toList())
          .extracting(GitCommit::commitId)
          .containsExactlyInAnyOrderElementsOf(
              second.commits().stream().map(GitCommit::commitId).toList());
    }
  }

  @Nested
  class Ranges {

    @Test
    void pagesThroughTheWholeRangeWithCommitsBatch() {
      GitRepository repo = web();
      JsonNode generated = ado.generate(created.name(), repo.id(), 250, 1);

      List<GitCommit> commits =
          git.commitRange(repo.id(), null, generated.path("lastCommit").asString()).toList();

      assertThat(commits).hasSize(250).extracting(GitCommit::commitId).doesNotHaveDuplicates();
      assertThat(commits.get(0).commitId()).isEqualTo(generated.path("lastCommit").asString());
      List<Logged> batches =
          ado.requests().stream().filter(l -> l.path().endsWith("/commitsbatch")).toList();
      assertThat(batches)
          .extracting(Logged::query)
          .allSatisfy(q -> assertThat(q).contains("$top=100").contains("api-version=7.1"));
      assertThat(batches).extracting(Logged::method).containsOnly("POST");
      assertThat(batches).hasSize(3);
    }

    @Test
    void excludesWhatTheBaseAlreadyHas() {
      GitRepository repo = web();
      String base = ado.generate(created.name(), repo.id(), 10, 1).path("lastCommit").asString();
      String head = ado.generate(created.name(), repo.id(), 25, 1).path("lastCommit").asString();

      List<GitCommit> commits = git.commitRange(repo.id(), base, head, 10).toList();

      assertThat(commits).hasSize(25).extracting(GitCommit::commitId).doesNotContain(base);
      assertThat(
              ado.sent().stream()
                  .filter(s -> s.path().endsWith("/commitsbatch"))
                  .findFirst()
                  .orElseThrow()
                  .bodyText())
          .contains("\"itemVersion\":{")
          .contains("\"version\":\"" + base + "\"")
          .contains("\"compareVersion\":{");
    }

    @Test
    void readsEveryCommitOfARangeWithFullMessagesAndChanges() {
      GitRepository repo = web();
      String head = ado.generate(created.name(), repo.id(), 40, 3).path("lastCommit").asString();
      List<GitCommit> listed = git.commitRange(repo.id(), null, head).toList();

      List<GitCommit> complete =
          listed.stream().map(c -> git.commitWithChanges(repo.id(), c.commitId())).toList();

      assertThat(complete)
          .extracting(GitCommit::commitId)
          .containsExactlyElementsOf(listed.stream().map(GitCommit::commitId).toList());
      assertThat(complete)
          .allSatisfy(c -> assertThat(c.changes()).hasSize(c.changeTotal()).isNotEmpty());
      assertThat(ado.requests().stream().filter(l -> l.path().contains("/commits/"))).hasSize(40);
    }

    @Test
    void completesACommitWithMoreChangesThanFitInlineFromItsChangePages() {
      GitRepository repo = web();
      String head = ado.generate(created.name(), repo.id(), 1, 1200).path("lastCommit").asString();

      GitCommit complete = git.commitWithChanges(repo.id(), head);

      // folders count as changes too, as in ADO: 1,200 files plus their parent folders
      assertThat(complete.changes())
          .hasSize(complete.changeTotal())
          .extracting(GitChange::path)
          .doesNotHaveDuplicates();
      assertThat(complete.changes()).filteredOn(change -> !change.isFolder()).hasSize(1200);
      assertThat(
              ado.requests().stream().filter(l -> l.path().endsWith("/changes")).map(Logged::query))
          .hasSize(2)
          .anySatisfy(q -> assertThat(q).contains("skip=1000"));
    }
  }

  @Nested
  class DiffsAndItems {

    @Test
    void diffsTwoCommits() {
      GitRepository repo = web();
      GitPush push = seed(repo);
      String base = push.refUpdates().get(0).oldObjectId();
      String target = push.refUpdates().get(0).newObjectId();

      CommitDiffs diff = git.diff(repo.id(), GitVersion.commit(base), GitVersion.commit(target));

      assertThat(diff.aheadCount()).isEqualTo(2);
      assertThat(diff.behindCount()).isZero();
      assertThat(diff.changes())
          .extracting(GitChange::path)
          .contains("/src/app.py", "/README.md", "/docs/b.md");
    }

    @Test
    void tellsWhetherAFileExistsAndReadsItsContent() {
      GitRepository repo = web();
      seed(repo);

      assertThat(git.itemExists(repo.id(), "/src/app.py", GitVersion.branch("main"))).isTrue();
      assertThat(git.itemExists(repo.id(), "/README.md", null)).isFalse();
      assertThat(git.itemContent(repo.id(), "/src/app.py", null)).contains("print(2)");
      assertThat(
              ado.requests().stream()
                  .filter(l -> l.path().endsWith("/items"))
                  .findFirst()
                  .orElseThrow()
                  .query())
          .contains("path=/src/app.py")
          .contains("versionDescriptor.versionType=branch");
    }
  }
}
