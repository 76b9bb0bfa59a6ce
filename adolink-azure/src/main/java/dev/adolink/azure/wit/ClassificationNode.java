package dev.adolink.azure.wit;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An area or iteration node and, down to the depth asked for, its children. {@code path} is a
 * backslash path such as {@code \Project\Area\Team}; work item fields use it without the leading
 * backslash and without the {@code \Area} or {@code \Iteration} segment.
 */
public record ClassificationNode(
    int id,
    @Nullable String identifier,
    String name,
    @Nullable StructureType structureType,
    boolean hasChildren,
    @Nullable String path,
    List<ClassificationNode> children,
    @Nullable String url) {

  public ClassificationNode {
    children = children == null ? List.of() : List.copyOf(children);
  }

  public enum StructureType {
    @JsonProperty("area")
    AREA,
    @JsonProperty("iteration")
    ITERATION,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}
