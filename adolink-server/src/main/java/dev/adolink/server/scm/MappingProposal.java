package dev.adolink.server.scm;

import org.jspecify.annotations.Nullable;

/**
 * A code mapping derived from a frame and the Azure Repos address of its file, to be confirmed: the
 * fields of {@link NewCodeMapping}, and what it was derived from.
 *
 * @param project the project's slug, when the request named one
 * @param repository {@code Project/repo}
 * @param sourcePath the file's path in the repository, without the leading slash
 * @param framePath the frame's path the roots were compared with
 */
public record MappingProposal(
    @Nullable String project,
    String repository,
    long repositoryId,
    String defaultBranch,
    String stackRoot,
    String sourceRoot,
    String sourcePath,
    String framePath) {

  public NewCodeMapping toNewCodeMapping(String projectSlug) {
    return new NewCodeMapping(projectSlug, repository, stackRoot, sourceRoot, defaultBranch);
  }
}
