package dev.adolink.azure.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reads the official 7.1 examples (specs/git/7.1/httpExamples). */
class DecodingTest {

  @Test
  void aSingleCommitWithItsInlineChanges() {
    GitCommit commit =
        Fixtures.read(DecodingTest.class, "commit-with-changes.json", GitCommit.class);

    assertThat(commit.commitId()).isEqualTo("be67f8871a4d2c75f13a51c1d3c30ac0d74d4ef4");
    assertThat(commit.comment()).isEqualTo("First cut\n");
    assertThat(commit.author().email()).isEqualTo("fabrikamfiber3@hotmail.com");
    assertThat(commit.author().date()).isEqualTo(Instant.parse("2014-01-29T23:32:09Z"));
    assertThat(commit.changeTotal()).isEqualTo(456);
    assertThat(commit.changes()).isNotEmpty();
    assertThat(commit.changes().get(0).changeType()).isEqualTo(Set.of(ChangeType.ADD));
    assertThat(commit.changes().get(0).path()).isEqualTo("/.gitattributes");
  }

  @Test
  void aChangesPageTellsFoldersFromFiles() {
    List<GitChange> changes =
        Fixtures.read(DecodingTest.class, "changes.json", CommitHistory.ChangesPage.class)
            .changes();

    assertThat(changes).extracting(GitChange::isFolder).containsExactly(false, true);
  }

  @Test
  void repositoriesWithTheirProject() {
    List<GitRepository> repositories =
        Fixtures.list(DecodingTest.class, "repositories.json", GitRepository.class);

    assertThat(repositories).isNotEmpty();
    assertThat(repositories.get(0).project().name()).isNotBlank();
    assertThat(repositories.get(0).id()).matches("[0-9a-f-]{36}");
  }

  @Test
  void aCommitsBatchPage() {
    List<GitCommit> commits =
        Fixtures.list(DecodingTest.class, "commitsbatch.json", GitCommit.class);

    assertThat(commits).isNotEmpty().allSatisfy(c -> assertThat(c.commitId()).hasSize(40));
  }

  @Test
  void changeTypesAndUnknownObjectTypesAreReadTolerantly() {
    GitChange change =
        dev.adolink.azure.transport.Json.mapper()
            .readValue(
                """
                {"item": {"gitObjectType": "symlink", "path": "/b", "extra": 1},
                 "changeType": "edit, rename", "originalPath": "/a"}
                """,
                GitChange.class);

    assertThat(change.item().gitObjectType()).isEqualTo(GitChange.ObjectType.UNKNOWN);
    assertThat(change.changeType()).containsExactlyInAnyOrder(ChangeType.EDIT, ChangeType.RENAME);
    assertThat(change.previousPath()).isEqualTo("/a");
  }
}
