package dev.adolink.azure.transport;

import org.jspecify.annotations.Nullable;

/**
 * Which host serves a call. Only {@link #ORGANIZATION} and {@link #GLOBAL} are known up front; the
 * others are discovered per organization through its resource areas, never built from its name.
 */
public enum Host {
  /** The organization (or Azure DevOps Server collection) URL: core, git, wit, hooks. */
  ORGANIZATION(null, null),
  /** Graph users ({@code vssps.dev.azure.com/{org}} on Azure DevOps Services). */
  GRAPH("bb1e7ec9-e901-4b68-999a-de7012b920f8", "graph"),
  /** IMS identities ({@code vssps.dev.azure.com/{org}}); the collection URL on servers. */
  IDENTITIES("8a3d49b8-91f0-46ef-b33d-dda338c25db3", "ims"),
  /** Work item search ({@code almsearch.dev.azure.com/{org}}). */
  SEARCH("ea48a0a1-269c-42d8-b8ad-ddc8fcdcf578", "search"),
  /** Classic release management ({@code vsrm.dev.azure.com/{org}}): releases, deployments. */
  RELEASE("efc2f575-36ef-48e9-b672-0c6fb4a48ac5", "release"),
  /** The global profile host ({@code app.vssps.visualstudio.com}): profile, accounts. */
  GLOBAL(null, null);

  private final @Nullable String resourceAreaId;
  private final @Nullable String resourceAreaName;

  Host(@Nullable String resourceAreaId, @Nullable String resourceAreaName) {
    this.resourceAreaId = resourceAreaId;
    this.resourceAreaName = resourceAreaName;
  }

  /**
   * The resource area id under which the organization lists this host (the id of the official
   * clients and of the area's OpenAPI spec), or null.
   */
  @Nullable String resourceAreaId() {
    return resourceAreaId;
  }

  /** The area's name, matched when the id is not listed (ADO's docs disagree on some ids). */
  @Nullable String resourceAreaName() {
    return resourceAreaName;
  }
}
