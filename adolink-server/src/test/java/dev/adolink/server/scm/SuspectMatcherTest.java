package dev.adolink.server.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.tracker.StackFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuspectMatcherTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final List<SuspectMatcher.Change> changes = new ArrayList<>();

  void change(long commit, String path, int minute) {
    changes.add(new SuspectMatcher.Change(commit, 1, path, T0.plusSeconds(60L * minute)));
  }

  List<SuspectMatcher.Suspect> find(String... crashFirst) {
    Map<String, List<SuspectMatcher.Change>> byName = new HashMap<>();
    changes.forEach(
        c -> byName.computeIfAbsent(FramePaths.fileName(c.path()), n -> new ArrayList<>()).add(c));
    List<StackFrame> frames = new ArrayList<>();
    for (String path : crashFirst) {
      frames.add(new StackFrame(path, null, 1, null, true));
    }
    return new SuspectMatcher(List.of(), byName).find(frames, 3);
  }

  @Test
  void theCrashFramesNewestCommitGetsTheMostPointsAndFiveAwardsAreGivenInAll() {
    change(1, "/src/a.py", 1);
    change(2, "/src/a.py", 2);
    change(3, "/src/b.py", 3);
    change(4, "/src/c.py", 4);
    change(5, "/src/d.py", 5);
    change(6, "/src/e.py", 6);

    List<SuspectMatcher.Suspect> found =
        find("src/a.py", "src/b.py", "src/c.py", "src/d.py", "src/e.py");

    assertThat(found).extracting(SuspectMatcher.Suspect::commitId).containsExactly(2L, 1L, 3L);
    assertThat(found).extracting(SuspectMatcher.Suspect::score).containsExactly(5, 4, 3);
  }

  @Test
  void aCommitTouchingSeveralFramesGathersTheirPoints() {
    change(1, "/src/a.py", 1);
    change(2, "/src/b.py", 2);
    change(2, "/src/z.py", 2);
    change(3, "/src/y.py", 3);

    // a: 1 gets 5; b: 2 gets 4; y: 3 gets 3; z: 2 gets 2 → 2 has 6 points and two frames
    List<SuspectMatcher.Suspect> found = find("src/a.py", "src/b.py", "src/y.py", "src/z.py");

    assertThat(found).extracting(SuspectMatcher.Suspect::commitId).containsExactly(2L, 1L, 3L);
    assertThat(found.get(0).frames()).isEqualTo(2);
  }

  @Test
  void aCommitChangingAnotherFileWithTheSameNameInAnotherFolderIsNotSuspect() {
    change(1, "/src/app/views.py", 1);
    change(2, "/src/admin/views.py", 2);

    assertThat(find("app/views.py"))
        .extracting(SuspectMatcher.Suspect::commitId)
        .containsExactly(1L);
  }

  @Test
  void ofCommitsMadeInTheSameSecondTheLastStoredIsTheNewest() {
    // ADO's commit dates have no finer grain than a second: a release's commits are stored after
    // those of the release before it
    change(7, "/src/a.py", 1);
    change(9, "/src/a.py", 1);
    change(8, "/src/a.py", 1);

    assertThat(find("src/a.py"))
        .extracting(SuspectMatcher.Suspect::commitId)
        .containsExactly(9L, 8L, 7L);
  }
}
