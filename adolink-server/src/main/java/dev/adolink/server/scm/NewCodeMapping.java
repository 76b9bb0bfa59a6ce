package dev.adolink.server.scm;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A code mapping to create ({@code POST .../code-mappings/} and the UI's form), validated with
 * {@code @Valid} where it is bound.
 *
 * @param project a project slug or id
 * @param repository {@code Project/repo} or the repository's id
 */
public record NewCodeMapping(
    @NotBlank @JsonAlias("projectId") String project,
    @NotBlank @JsonAlias("repositoryId") String repository,
    @NotNull @Size(max = 1000) String stackRoot,
    @NotNull @Size(max = 1000) String sourceRoot,
    @NotBlank @Size(max = 300) String defaultBranch) {}
