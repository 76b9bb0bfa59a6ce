package dev.adolink.azure.git;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One changed path of a commit or diff. A rename carries the old path in {@code originalPath} (or
 * {@code sourceServerItem}); the spec types {@code item} as a string, but ADO sends an object.
 */
public record GitChange(
    Item item,
    @JsonDeserialize(using = ChangeTypesDeserializer.class) Set<ChangeType> changeType,
    @Nullable String sourceServerItem,
    @Nullable String originalPath) {

  public GitChange {
    changeType = changeType == null ? Set.of() : Set.copyOf(changeType);
  }

  /** The path after the change (with a leading slash). */
  public String path() {
    return item.path() == null ? "" : item.path();
  }

  /** The path before a rename, when ADO sent it. */
  public @Nullable String previousPath() {
    return originalPath != null ? originalPath : sourceServerItem;
  }

  public boolean isFolder() {
    return item.isFolder() || item.gitObjectType() == ObjectType.TREE;
  }

  /** The changed object. */
  public record Item(
      @Nullable String objectId,
      @Nullable String originalObjectId,
      @Nullable ObjectType gitObjectType,
      @Nullable String commitId,
      @Nullable String path,
      boolean isFolder,
      @Nullable String url) {}

  public enum ObjectType {
    @JsonProperty("blob")
    BLOB,
    @JsonProperty("tree")
    TREE,
    @JsonProperty("commit")
    COMMIT,
    @JsonProperty("tag")
    TAG,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}
