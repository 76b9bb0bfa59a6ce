package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.git.GitChange;
import dev.adolink.azure.transport.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class CommitFilesTest {

  static List<GitChange> changes() throws IOException {
    try (InputStream in =
        CommitFilesTest.class.getResourceAsStream("CommitFilesTest/changes.json")) {
      return Json.mapper().readValue(in, new TypeReference<List<GitChange>>() {});
    }
  }

  @Test
  void mapsAddsEditsAndDeletesAndSplitsRenamesIntoADeleteAndAnAdd() throws IOException {
    assertThat(CommitFiles.of(changes()))
        .containsExactly(
            new FileChange("/src/new.py", "A"),
            new FileChange("/src/app.py", "M"),
            new FileChange("/README.md", "D"),
            new FileChange("/docs/old-guide.md", "D"),
            new FileChange("/docs/guide.md", "A"),
            new FileChange("/lib/a.js", "D"),
            new FileChange("/lib/b.js", "A"));
  }

  @Test
  void leavesOutFoldersSubmodulesAndChangesToNoFile() throws IOException {
    assertThat(CommitFiles.of(changes()))
        .extracting(FileChange::path)
        .doesNotContain("/src", "/old", "/vendor/submodule", "/branch-only.txt");
  }
}
