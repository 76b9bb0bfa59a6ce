package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.store.Organization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _apis/wit/workItemRelationTypes}: the relation types work items can carry (the link types
 * of {@link LinkTypes}, with ADO's attributes, and the resource links), listed or by reference
 * name.
 */
final class RelationTypesArea implements Area {

  private static final String PATH = "_apis/wit/workItemRelationTypes";
  private static final List<String> NAMED_RESOURCE_LINKS =
      List.of("ArtifactLink:Artifact Link", "Hyperlink:Hyperlink", "AttachedFile:Attached File");

  private final WitUrls urls;

  RelationTypesArea(WitUrls urls) {
    this.urls = urls;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost org = routes.on(Host.ORG);
    org.get("{org}/" + PATH, this::list);
    org.get("{org}/" + PATH + "/{relation}", this::get);
  }

  private Response list(Request request) {
    return Response.list(all(request.organization()));
  }

  private Response get(Request request) {
    String wanted = request.param("relation");
    return Response.ok(
        all(request.organization()).stream()
            .filter(t -> t.get("referenceName").asString().equalsIgnoreCase(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new AdoException(
                        404,
                        "Microsoft.TeamFoundation.WorkItemTracking.Server."
                            + "WorkItemLinkTypeNotFoundException,"
                            + " Microsoft.TeamFoundation.WorkItemTracking.Server",
                        "TF201063: The link type '" + wanted + "' does not exist.",
                        WitErrors.EVENT_ID)));
  }

  private List<ObjectNode> all(Organization org) {
    List<ObjectNode> types = new ArrayList<>();
    LinkTypes.workItemLinks().stream()
        .sorted(Comparator.comparing(LinkTypes.LinkType::referenceName))
        .forEach(t -> types.add(workItemLink(org, t)));
    for (String named : NAMED_RESOURCE_LINKS) {
      String[] parts = named.split(":");
      ObjectNode type = Json.object();
      type.putObject("attributes")
          .put("usage", "resourceLink")
          .put("editable", false)
          .put("enabled", true);
      type.put("referenceName", parts[0]);
      type.put("name", parts[1]);
      type.put("url", urls.org(org) + PATH + "/" + parts[0]);
      types.add(type);
    }
    return types;
  }

  /** Attributes as ADO gives them: hierarchy and duplicates are trees, related is a network. */
  private ObjectNode workItemLink(Organization org, LinkTypes.LinkType link) {
    String ref = link.referenceName();
    boolean related = ref.equals("System.LinkTypes.Related");
    boolean tree = ref.contains("Hierarchy") || ref.contains("Duplicate");
    boolean reverse = ref.endsWith("-Reverse");
    ObjectNode type = Json.object();
    type.putObject("attributes")
        .put("usage", "workItemLink")
        .put("editable", false)
        .put("enabled", true)
        .put("acyclic", !related)
        .put("directional", !related)
        .put("singleTarget", tree && reverse)
        .put("topology", related ? "network" : tree ? "tree" : "dependency")
        .put("isForward", !reverse)
        .put("oppositeEndReferenceName", link.reverse());
    type.put("referenceName", ref);
    type.put("name", link.name());
    type.put("url", urls.org(org) + PATH + "/" + ref);
    return type;
  }
}
