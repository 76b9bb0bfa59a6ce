package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.server.system.ApiException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FileUrlTest {

  static final String SERVICES = "https://dev.azure.com/fabrikam/";

  @Nested
  class ReadsEveryForm {

    @Test
    void theBrowsersAddressOfAFileOnABranch() {
      FileUrl url =
          FileUrl.parse(
              "https://dev.azure.com/fabrikam/Web/_git/Shop?path=/src/app/x.py&version=GBmain");

      assertThat(url.path()).isEqualTo("/src/app/x.py");
      assertThat(url.branch()).isEqualTo("main");
      assertThat(url.within(SERVICES)).contains(new FileUrl.Location("Web", "Shop"));
    }

    @Test
    void anEncodedPathWithALineAndABranchWithASlash() {
      FileUrl url =
          FileUrl.parse(
              "https://dev.azure.com/fabrikam/Web/_git/Shop?path=%2Fsrc%2Fmy%20app%2Fx.py"
                  + "&version=GBfeature%2Fcart&line=12&lineEnd=13&lineStartColumn=1&_a=contents");

      assertThat(url.path()).isEqualTo("/src/my app/x.py");
      assertThat(url.branch()).isEqualTo("feature/cart");
    }

    @Test
    void theOldVisualStudioHostWithAndWithoutTheDefaultCollection() {
      for (String address :
          new String[] {
            "https://fabrikam.visualstudio.com/Web/_git/Shop?path=/x.py",
            "https://fabrikam.visualstudio.com/DefaultCollection/Web/_git/Shop?path=/x.py"
          }) {
        FileUrl url = FileUrl.parse(address);
        assertThat(url.within(SERVICES)).contains(new FileUrl.Location("Web", "Shop"));
        assertThat(url.within("https://fabrikam.visualstudio.com/"))
            .contains(new FileUrl.Location("Web", "Shop"));
      }
    }

    @Test
    void aRepositoryNamedLikeItsProjectWithoutTheProject() {
      FileUrl url = FileUrl.parse("https://dev.azure.com/fabrikam/_git/Web?path=/x.py");

      assertThat(url.within(SERVICES)).contains(new FileUrl.Location("Web", "Web"));
    }

    @Test
    void azureDevOpsServerWithItsCollection() {
      FileUrl url =
          FileUrl.parse("https://tfs.acme.local/tfs/DefaultCollection/Web/_git/Shop?path=/x.py");

      assertThat(url.within("https://tfs.acme.local/tfs/DefaultCollection/"))
          .contains(new FileUrl.Location("Web", "Shop"));
      assertThat(url.within(SERVICES)).isEmpty();
    }

    @Test
    void aFileInACommitOrATagHasNoBranch() {
      assertThat(
              FileUrl.parse("https://dev.azure.com/fabrikam/Web/_git/Shop/commit/abc123?path=/x.py")
                  .branch())
          .isNull();
      assertThat(
              FileUrl.parse("https://dev.azure.com/fabrikam/Web/_git/Shop?path=/x.py&version=GTv1")
                  .branch())
          .isNull();
    }

    @Test
    void anotherOrganizationIsNotWithinThisOne() {
      FileUrl url = FileUrl.parse("https://dev.azure.com/contoso/Web/_git/Shop?path=/x.py");

      assertThat(url.within(SERVICES)).isEmpty();
      assertThat(url.organizationName()).isEqualTo("contoso");
    }
  }

  @Nested
  class RefusesWithTheReason {

    @Test
    void somethingThatIsNotAnAddress() {
      assertThatThrownBy(() -> FileUrl.parse("not a url"))
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("starting with https://");
      assertThatThrownBy(() -> FileUrl.parse("ftp://dev.azure.com/x/_git/y?path=/a"))
          .hasMessageContaining("starting with https://");
    }

    @Test
    void anAddressOutsideAGitRepository() {
      assertThatThrownBy(() -> FileUrl.parse("https://dev.azure.com/fabrikam/Web/_workitems/"))
          .hasMessageContaining("/_git/<repository>");
    }

    @Test
    void aRepositoryAddressWithoutAFile() {
      assertThatThrownBy(() -> FileUrl.parse("https://dev.azure.com/fabrikam/Web/_git/Shop"))
          .hasMessageContaining("names no file");
    }
  }
}
