package dev.adolink.azure.wit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A link from a work item: to another work item ({@code System.LinkTypes.Hierarchy-Reverse}, …), a
 * web page ({@code Hyperlink}) or an artifact such as a commit ({@code ArtifactLink}, {@code
 * vstfs:///Git/Commit/...}).
 *
 * @param attributes e.g. {@code name}, {@code comment}, {@code isLocked}
 */
public record WorkItemRelation(String rel, String url, Map<String, Object> attributes) {

  public static final String HYPERLINK = "Hyperlink";
  public static final String ARTIFACT_LINK = "ArtifactLink";
  public static final String PARENT = "System.LinkTypes.Hierarchy-Reverse";
  public static final String CHILD = "System.LinkTypes.Hierarchy-Forward";
  public static final String RELATED = "System.LinkTypes.Related";

  public WorkItemRelation {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  public @Nullable String comment() {
    Object comment = attributes.get("comment");
    return comment == null ? null : comment.toString();
  }
}
