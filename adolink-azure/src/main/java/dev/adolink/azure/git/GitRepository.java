package dev.adolink.azure.git;

import org.jspecify.annotations.Nullable;

/**
 * A Git repository. {@code defaultBranch} is absent for an empty repository.
 *
 * @param webUrl the repository page, {@code {base}{project}/_git/{name}}
 */
public record GitRepository(
    String id,
    String name,
    @Nullable String url,
    ProjectRef project,
    @Nullable String defaultBranch,
    @Nullable String remoteUrl,
    @Nullable String sshUrl,
    @Nullable String webUrl,
    long size,
    boolean isDisabled,
    boolean isFork,
    boolean isInMaintenance) {

  /** The project a repository belongs to. */
  public record ProjectRef(String id, String name, @Nullable String url) {}
}
