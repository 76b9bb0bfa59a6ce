package dev.adolink.server.scm;

import dev.adolink.server.tracker.StackFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the suspect commits of a stack trace among file changes, the way Sentry's release-based
 * suspect commits do ({@code src/sentry/utils/committers.py}, reference §7), with code mappings:
 *
 * <ul>
 *   <li>A frame that a code mapping of the project fits (its stack root, the longest one) is the
 *       file at the mapped path in the mapping's repository: only changes of exactly that file
 *       match.
 *   <li>Any other frame matches the changes whose path ends like the frame's: the most equal
 *       trailing segments win (ties all match); one equal segment (the file name alone) counts only
 *       for a change that is a bare file name.
 *   <li>Walking the frames from the crash outwards, each frame's matching commits (newest first)
 *       get 5, 4, 3, 2 and 1 points, five awards in all. Commits with points rank by points, then
 *       by how many frames they touch, then newest first.
 * </ul>
 *
 * Changes are given indexed by {@link FramePaths#fileName}: a frame looks only at the changes of
 * its file name, so the work grows with the matches, not with the commits.
 */
final class SuspectMatcher {

  /** Points for the first award; each further award is worth one less. */
  static final int AWARDS = 5;

  /** A file change of a commit in the release window. */
  record Change(long commitId, long repositoryId, String path, @Nullable Instant authoredAt) {}

  /**
   * @param score points (see the class comment)
   * @param frames how many of the frames the commit's changes match
   * @param files the matched paths of the commit, in the order the frames found them
   */
  record Suspect(long commitId, int score, int frames, List<String> files) {}

  private record Match(Change change, int score) {}

  private final List<CodeMapping> mappings;
  private final Map<String, List<Change>> byFileName;

  /**
   * @param changes the window's changes by {@link FramePaths#fileName} of their path
   */
  SuspectMatcher(List<CodeMapping> mappings, Map<String, List<Change>> changes) {
    this.mappings = List.copyOf(mappings);
    this.byFileName = changes;
  }

  /** The file names to look changes up by for these frames. */
  static Set<String> fileNames(List<StackFrame> frames) {
    Set<String> names = new LinkedHashSet<>();
    frames.forEach(frame -> names.add(FramePaths.fileName(FramePaths.of(frame))));
    names.remove("");
    return names;
  }

  /**
   * @param frames crash first ({@link FramePaths#suspectFrames})
   * @param limit how many suspects to answer at most
   */
  List<Suspect> find(List<StackFrame> frames, int limit) {
    Map<Long, Integer> points = new HashMap<>();
    Map<Long, Integer> framesTouched = new HashMap<>();
    Map<Long, Set<String>> files = new LinkedHashMap<>();
    Map<Long, Instant> dates = new HashMap<>();
    int award = AWARDS;
    for (StackFrame frame : frames) {
      List<Match> matches = matches(FramePaths.of(frame));
      Set<Long> seen = new LinkedHashSet<>();
      for (Match match : matches) {
        long commit = match.change().commitId();
        files.computeIfAbsent(commit, id -> new LinkedHashSet<>()).add(match.change().path());
        if (match.change().authoredAt() != null) {
          dates.put(commit, match.change().authoredAt());
        }
        if (!seen.add(commit)) {
          continue;
        }
        framesTouched.merge(commit, 1, Integer::sum);
        if (award > 0) {
          points.merge(commit, award, Integer::sum);
          award--;
        }
      }
    }
    Comparator<Long> ranking =
        Comparator.<Long>comparingInt(points::get)
            .reversed()
            .thenComparing(Comparator.<Long>comparingInt(framesTouched::get).reversed())
            .thenComparing(id -> dates.getOrDefault(id, Instant.EPOCH), Comparator.reverseOrder())
            .thenComparing(Comparator.reverseOrder());
    return points.keySet().stream()
        .sorted(ranking)
        .limit(limit)
        .map(
            id ->
                new Suspect(id, points.get(id), framesTouched.get(id), List.copyOf(files.get(id))))
        .toList();
  }

  /** The best matching changes of one frame, newest first (then the last stored first). */
  private List<Match> matches(String framePath) {
    List<Change> named = byFileName.getOrDefault(FramePaths.fileName(framePath), List.of());
    if (named.isEmpty()) {
      return List.of();
    }
    Optional<CodeMapping> mapping = mapping(framePath);
    List<Match> best = new ArrayList<>();
    if (mapping.isPresent()) {
      String source = mapped(mapping.get(), framePath);
      int score = FramePaths.segments(source).size();
      for (Change change : named) {
        if (change.repositoryId() == mapping.get().repo().id()
            && StacktraceLinks.normalize(change.path()).equalsIgnoreCase(source)) {
          best.add(new Match(change, score));
        }
      }
    } else {
      List<String> frameSegments = FramePaths.segments(framePath);
      int bestScore = 1;
      for (Change change : named) {
        List<String> changeSegments = FramePaths.segments(change.path());
        int score = FramePaths.trailingMatch(frameSegments, changeSegments);
        if (score < bestScore || (score == 1 && changeSegments.size() > 1)) {
          continue;
        }
        if (score > bestScore) {
          best.clear();
          bestScore = score;
        }
        best.add(new Match(change, score));
      }
    }
    // newest first; commits of the same second (ADO dates have no finer grain) by the order they
    // were stored in, the later release's last
    best.sort(
        Comparator.comparing(
                (Match m) ->
                    m.change().authoredAt() == null ? Instant.EPOCH : m.change().authoredAt(),
                Comparator.reverseOrder())
            .thenComparing(m -> m.change().commitId(), Comparator.reverseOrder()));
    return best;
  }

  private Optional<CodeMapping> mapping(String framePath) {
    String path = StacktraceLinks.normalize(framePath);
    return mappings.stream()
        .filter(m -> path.startsWith(StacktraceLinks.normalize(m.stackRoot())))
        .max(Comparator.comparingInt(m -> StacktraceLinks.normalize(m.stackRoot()).length()));
  }

  private static String mapped(CodeMapping mapping, String framePath) {
    String path = StacktraceLinks.normalize(framePath);
    String rest = path.substring(StacktraceLinks.normalize(mapping.stackRoot()).length());
    String root = StacktraceLinks.normalize(mapping.sourceRoot());
    String tail = StacktraceLinks.normalize(rest);
    if (root.isEmpty()) {
      return tail;
    }
    return root.endsWith("/") ? root + tail : root + "/" + tail;
  }
}
