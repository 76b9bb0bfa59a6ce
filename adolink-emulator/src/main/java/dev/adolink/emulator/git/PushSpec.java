package dev.adolink.emulator.git;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * What a push asks for (the body of {@code POST .../pushes}): ref updates and new commits.
 *
 * @param refUpdates with commits: exactly one, the branch the commits go to; {@code oldObjectId}
 *     must be the branch's current commit (for a new branch: 40 zeros, or the commit to branch
 *     from)
 */
public record PushSpec(List<RefSpec> refUpdates, List<CommitSpec> commits) {

  /** A ref to move; {@code newObjectId} only for pushes without commits. */
  public record RefSpec(String name, String oldObjectId, String newObjectId) {}

  /**
   * A new commit. {@code author}/{@code committer}: null for the pusher, now; {@code parents}: null
   * for the previous commit of the push (or the branch's commit).
   */
  public record CommitSpec(
      String comment,
      Signature author,
      Signature committer,
      List<String> parents,
      List<ChangeSpec> changes) {}

  /**
   * A file change: {@code add}/{@code edit} with content, {@code delete}, {@code rename} from
   * {@code sourcePath} (with content: an edit too).
   */
  public record ChangeSpec(ChangeType type, String path, String sourcePath, byte[] content) {

    public static ChangeSpec add(String path, String content) {
      return new ChangeSpec(ChangeType.ADD, path, null, content.getBytes(StandardCharsets.UTF_8));
    }

    public static ChangeSpec edit(String path, String content) {
      return new ChangeSpec(ChangeType.EDIT, path, null, content.getBytes(StandardCharsets.UTF_8));
    }

    public static ChangeSpec delete(String path) {
      return new ChangeSpec(ChangeType.DELETE, path, null, null);
    }

    public static ChangeSpec rename(String from, String to) {
      return new ChangeSpec(ChangeType.RENAME, to, from, null);
    }
  }

  /** One commit on {@code branch} on top of its current commit (or as the first commit). */
  public static PushSpec commit(
      String branch, String oldObjectId, String comment, ChangeSpec... changes) {
    return new PushSpec(
        List.of(new RefSpec(branch, oldObjectId, null)),
        List.of(new CommitSpec(comment, null, null, null, List.of(changes))));
  }

  /** A signature at {@code date}. */
  public static Signature by(String name, String email, Instant date) {
    return new Signature(name, email, date);
  }
}
