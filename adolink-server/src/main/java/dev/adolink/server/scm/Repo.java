package dev.adolink.server.scm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An Azure Repos Git repository added to a tracker organization.
 *
 * @param installationId the installation it is read through
 * @param externalId the ADO repository id (a GUID)
 * @param name {@code Project/repo}, the name release refs use
 * @param url the repository's web page ({@code {base}{project}/_git/{name}})
 * @param removed hidden by a manager: the commits of past releases still name it
 */
public record Repo(
    long id,
    long organizationId,
    long installationId,
    String externalId,
    String name,
    String adoProject,
    String adoName,
    @Nullable String url,
    Instant createdAt,
    boolean removed) {

  public static final String PROVIDER = "integrations:vsts";
}
