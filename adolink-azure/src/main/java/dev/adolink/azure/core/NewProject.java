package dev.adolink.azure.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST _apis/projects} needs: a name, a Git repository, and the process template id
 * (see {@link CoreApi#processes()}).
 */
public record NewProject(String name, @Nullable String description, String processTemplateId) {

  /**
   * The request body ADO expects ({@code capabilities.versioncontrol} and {@code processTemplate}).
   */
  Map<String, Object> body() {
    return Map.of(
        "name",
        name,
        "description",
        description == null ? "" : description,
        "visibility",
        "private",
        "capabilities",
        Map.of(
            "versioncontrol",
            Map.of("sourceControlType", "Git"),
            "processTemplate",
            Map.of("templateTypeId", processTemplateId)));
  }
}
