package dev.adolink.azure;

import dev.adolink.azure.core.CoreApi;
import dev.adolink.azure.git.GitApi;
import dev.adolink.azure.graph.GraphApi;
import dev.adolink.azure.hooks.HooksApi;
import dev.adolink.azure.profile.LocationApi;
import dev.adolink.azure.search.SearchApi;
import dev.adolink.azure.transport.ApiVersion;
import dev.adolink.azure.transport.OrganizationUrl;
import dev.adolink.azure.transport.Transport;
import dev.adolink.azure.wit.WorkItemApi;

/**
 * One organization (or Azure DevOps Server collection) seen with one set of credentials. Cheap to
 * create; the negotiated version, discovered hosts, rate-limit state and concurrency limit live in
 * the {@link AzureDevOps} instance and are shared by every {@code Organization} of the same URL.
 */
public final class Organization {

  private final Transport transport;
  private final CoreApi core;
  private final GitApi git;
  private final WorkItemApi workItems;
  private final HooksApi hooks;
  private final GraphApi graph;
  private final SearchApi search;
  private final LocationApi location;

  Organization(Transport transport) {
    this.transport = transport;
    this.core = CoreApi.over(transport);
    this.git = GitApi.over(transport);
    this.workItems = WorkItemApi.over(transport);
    this.hooks = HooksApi.over(transport);
    this.graph = GraphApi.over(transport);
    this.search = SearchApi.over(transport);
    this.location = LocationApi.over(transport);
  }

  /** The normalized base URL, e.g. {@code https://dev.azure.com/fabrikam/}. */
  public OrganizationUrl url() {
    return transport.organization();
  }

  /** The highest api-version the organization accepted so far (7.1 until a server refuses it). */
  public ApiVersion apiVersion() {
    return transport.apiVersion();
  }

  public CoreApi core() {
    return core;
  }

  public GitApi git() {
    return git;
  }

  public WorkItemApi workItems() {
    return workItems;
  }

  public HooksApi hooks() {
    return hooks;
  }

  public GraphApi graph() {
    return graph;
  }

  public SearchApi search() {
    return search;
  }

  /** Connection data and resource areas of the organization. */
  public LocationApi location() {
    return location;
  }

  /** The transport, for calls the area interfaces do not cover. */
  public Transport transport() {
    return transport;
  }

  @Override
  public String toString() {
    return "Organization[" + url() + "]";
  }
}
