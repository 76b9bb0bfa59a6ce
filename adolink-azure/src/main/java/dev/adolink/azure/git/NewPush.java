package dev.adolink.azure.git;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A push to create through {@code POST .../pushes}: one ref update and the commits to put on it,
 * each with its file changes.
 *
 * <pre>{@code
 * NewPush push = NewPush.onto("refs/heads/main", previousHeadOrZeros)
 *     .commit("Fix the crash", c -> c.add("/src/app.py", "print(1)").delete("/old.txt"))
 *     .build();
 * }</pre>
 */
public final class NewPush {

  /** The object id of a ref that does not exist yet. */
  public static final String NO_COMMIT = "0000000000000000000000000000000000000000";

  private final Map<String, Object> body;

  private NewPush(Map<String, Object> body) {
    this.body = body;
  }

  /** A push that moves {@code ref} from {@code oldObjectId} ({@link #NO_COMMIT} for a new ref). */
  public static Builder onto(String ref, String oldObjectId) {
    return new Builder(ref, oldObjectId);
  }

  Map<String, Object> body() {
    return body;
  }

  public static final class Builder {
    private final String ref;
    private final String oldObjectId;
    private final List<Map<String, Object>> commits = new ArrayList<>();

    private Builder(String ref, String oldObjectId) {
      this.ref = Objects.requireNonNull(ref);
      this.oldObjectId = Objects.requireNonNull(oldObjectId);
    }

    public Builder commit(String message, Consumer<Changes> changes) {
      return commit(message, null, changes);
    }

    /** A commit with an explicit author ({@code null}: the pushing user). */
    public Builder commit(String message, @Nullable GitUserDate author, Consumer<Changes> changes) {
      Changes collected = new Changes();
      changes.accept(collected);
      Map<String, Object> commit = new LinkedHashMap<>();
      commit.put("comment", message);
      if (author != null) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", author.name());
        person.put("email", author.email());
        if (author.date() != null) {
          person.put("date", author.date().toString());
        }
        commit.put("author", person);
      }
      commit.put("changes", collected.changes);
      commits.add(commit);
      return this;
    }

    public NewPush build() {
      if (commits.isEmpty()) {
        throw new IllegalStateException("a push needs at least one commit");
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("refUpdates", List.of(Map.of("name", ref, "oldObjectId", oldObjectId)));
      body.put("commits", List.copyOf(commits));
      return new NewPush(body);
    }
  }

  /** The file changes of one commit; content is sent as raw text. */
  public static final class Changes {
    private final List<Map<String, Object>> changes = new ArrayList<>();

    public Changes add(String path, String content) {
      return change("add", path, content, null);
    }

    public Changes edit(String path, String content) {
      return change("edit", path, content, null);
    }

    public Changes delete(String path) {
      return change("delete", path, null, null);
    }

    public Changes rename(String fromPath, String toPath) {
      return change("rename", toPath, null, fromPath);
    }

    private Changes change(
        String type, String path, @Nullable String content, @Nullable String sourcePath) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("changeType", type);
      change.put("item", Map.of("path", path));
      if (sourcePath != null) {
        change.put("sourceServerItem", sourcePath);
      }
      if (content != null) {
        change.put("newContent", Map.of("content", content, "contentType", "rawtext"));
      }
      changes.add(change);
      return this;
    }
  }
}
