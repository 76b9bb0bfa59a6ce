package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathRootsTest {

  static PathRoots.Roots roots(String frame, String source) {
    return PathRoots.find(frame, source).orElseThrow();
  }

  @Test
  void aFramePathAtTheEndOfTheFilesPathKeepsItsFirstFolderInBothRoots() {
    assertThat(roots("app/models/user.py", "/src/app/models/user.py"))
        .isEqualTo(new PathRoots.Roots("app/", "src/app/"));
  }

  @Test
  void theSamePathNeedsNoRoots() {
    assertThat(roots("src/x.py", "/src/x.py")).isEqualTo(new PathRoots.Roots("", ""));
  }

  @Test
  void aFilePathAtTheEndOfTheFramesPathStripsTheFramesPrefix() {
    assertThat(roots("/srv/deploy/app/x.py", "/app/x.py"))
        .isEqualTo(new PathRoots.Roots("/srv/deploy/", ""));
  }

  @Test
  void otherwiseTheLongestSharedEndDecides() {
    assertThat(roots("/opt/site-packages/shop/cart.py", "/services/shop/cart.py"))
        .isEqualTo(new PathRoots.Roots("/opt/site-packages/", "services/"));
  }

  @Test
  void aJavaPathFromItsModule() {
    assertThat(roots("com/acme/App.java", "/src/main/java/com/acme/App.java"))
        .isEqualTo(new PathRoots.Roots("com/", "src/main/java/com/"));
  }

  @Test
  void pathsThatDoNotShareTheFileNameHaveNoRoots() {
    assertThat(PathRoots.find("app/x.py", "/src/app/y.py")).isEmpty();
  }
}
