package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepoUrlsTest {

  @Test
  void theProjectIsAddedWhereAdoLeavesItOut() {
    assertThat(RepoUrls.listed("https://dev.azure.com/fabrikam/_git/Web", "Web"))
        .isEqualTo("https://dev.azure.com/fabrikam/Web/_git/Web");
    assertThat(RepoUrls.listed("https://fabrikam.visualstudio.com/_git/Web", "Web"))
        .isEqualTo("https://fabrikam.visualstudio.com/Web/_git/Web");
  }

  @Test
  void aUrlThatNamesTheProjectIsKept() {
    assertThat(RepoUrls.listed("https://dev.azure.com/fabrikam/My%20App/_git/api", "My App"))
        .isEqualTo("https://dev.azure.com/fabrikam/My%20App/_git/api");
    assertThat(RepoUrls.listed("https://tfs.example/tfs/Coll/Web/_git/api", "Web"))
        .isEqualTo("https://tfs.example/tfs/Coll/Web/_git/api");
  }

  @Test
  void aProjectNameIsEscapedAsAdoWritesIt() {
    assertThat(RepoUrls.listed("https://dev.azure.com/fabrikam/_git/My%20App", "My App"))
        .isEqualTo("https://dev.azure.com/fabrikam/My%20App/_git/My%20App");
  }

  @Test
  void noUrlOrNoGitPathIsLeftAlone() {
    assertThat(RepoUrls.listed(null, "Web")).isNull();
    assertThat(RepoUrls.listed("https://example.test/repo", "Web"))
        .isEqualTo("https://example.test/repo");
  }
}
