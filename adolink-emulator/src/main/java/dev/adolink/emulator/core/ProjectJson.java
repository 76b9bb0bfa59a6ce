package dev.adolink.emulator.core;

import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import tools.jackson.databind.node.ObjectNode;

/** Projects as ADO writes them: {@code TeamProjectReference} and {@code TeamProject}. */
public final class ProjectJson {

  private final Urls urls;
  private final ProcessCatalog processes;

  public ProjectJson(Urls urls, ProcessCatalog processes) {
    this.urls = urls;
    this.processes = processes;
  }

  public String url(Organization org, Project project) {
    return urls.org(org) + "_apis/projects/" + project.id();
  }

  /** {@code TeamProjectReference}, used in lists and embedded in other resources. */
  public ObjectNode reference(Organization org, Project project) {
    ObjectNode json = Json.object();
    json.put("id", project.id().toString());
    json.put("name", project.name());
    if (project.description() != null) {
      json.put("description", project.description());
    }
    json.put("url", url(org, project));
    json.put("state", project.state());
    json.put("revision", project.revision());
    json.put("visibility", project.visibility());
    json.put("lastUpdateTime", Json.date(project.lastUpdateTime()));
    return json;
  }

  /**
   * {@code TeamProject}: the reference plus {@code _links}, {@code defaultTeam} and capabilities.
   */
  public ObjectNode full(Organization org, Project project, boolean capabilities) {
    ObjectNode json = reference(org, project);
    if (capabilities) {
      ObjectNode caps = json.putObject("capabilities");
      ObjectNode vc = caps.putObject("versioncontrol");
      vc.put("sourceControlType", "Git");
      vc.put("gitEnabled", "True");
      vc.put("tfvcEnabled", "False");
      ObjectNode template = caps.putObject("processTemplate");
      template.put("templateName", processes.byId(project.processId()).orElseThrow().name());
      template.put("templateTypeId", project.processId().toString());
    }
    ObjectNode links = json.putObject("_links");
    links.set("self", Json.href(url(org, project)));
    links.set("collection", Json.href(urls.org(org) + "_apis/projectCollections/" + org.id()));
    links.set("web", Json.href(urls.org(org) + Urls.segment(project.name())));
    ObjectNode team = json.putObject("defaultTeam");
    team.put("id", project.defaultTeamId().toString());
    team.put("name", project.defaultTeamName());
    team.put("url", url(org, project) + "/teams/" + project.defaultTeamId());
    return json;
  }
}
