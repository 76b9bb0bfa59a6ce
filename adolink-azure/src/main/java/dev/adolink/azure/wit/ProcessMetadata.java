package dev.adolink.azure.wit;

import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Transport;
import java.util.List;

/** Work item types, their fields and states, categories, classification nodes and tags. */
final class ProcessMetadata {

  private static final String TYPE = "{}/_apis/wit/workitemtypes/{}";

  private final Transport transport;

  ProcessMetadata(Transport transport) {
    this.transport = transport;
  }

  List<WorkItemType> types(String project) {
    return transport.sendList(
        ApiCall.get("{}/_apis/wit/workitemtypes", project).build(), WorkItemType.class);
  }

  WorkItemType type(String project, String type) {
    return transport.send(ApiCall.get(TYPE, project, type).build(), WorkItemType.class);
  }

  List<WorkItemTypeField> typeFields(String project, String type) {
    return transport.sendList(
        ApiCall.get(TYPE + "/fields", project, type).query("$expand", "all").build(),
        WorkItemTypeField.class);
  }

  List<WorkItemState> states(String project, String type) {
    return transport.sendList(
        ApiCall.get(TYPE + "/states", project, type).resource(WitResources.STATES).build(),
        WorkItemState.class);
  }

  List<WorkItemTypeCategory> categories(String project) {
    return transport.sendList(
        ApiCall.get("{}/_apis/wit/workitemtypecategories", project).build(),
        WorkItemTypeCategory.class);
  }

  /** {@code group} is {@code Areas} or {@code Iterations}. */
  ClassificationNode node(String project, String group, int depth) {
    return transport.send(
        ApiCall.get("{}/_apis/wit/classificationnodes/{}", project, group)
            .query("$depth", depth)
            .build(),
        ClassificationNode.class);
  }

  List<Tag> tags(String project) {
    return transport.sendList(
        ApiCall.get("{}/_apis/wit/tags", project).resource(WitResources.TAGS).build(), Tag.class);
  }
}
