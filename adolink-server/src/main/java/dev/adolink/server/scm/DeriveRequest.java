package dev.adolink.server.scm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST .../code-mappings/derive/}: a frame and the Azure Repos address of its file.
 *
 * @param project a project slug or id, echoed in the proposal so that it can be saved as is
 */
public record DeriveRequest(
    @NotNull @Valid Frame frame, @NotBlank @Size(max = 4000) String url, @Nullable String project) {

  public record Frame(
      @NotBlank @Size(max = 1000) String filename,
      @Nullable @Size(max = 2000) String absPath,
      @Nullable @Size(max = 1000) String module) {}
}
