package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.WireEnum;

/**
 * The enums work item requests take, with the numbers of Microsoft's clients ({@code
 * WorkItemTrackingInterfaces}, {@code CommentsInterfaces} and {@code VSSInterfaces.Operation} of
 * azure-devops-node-api).
 */
final class WitEnums {

  /** {@code $expand} of work items, their batch, revisions and updates. */
  static final WireEnum EXPAND =
      WireEnum.of("WorkItemExpand", "none", 0, "relations", 1, "fields", 2, "links", 3, "all", 4);

  /** {@code errorPolicy} of work item lists and batches. */
  static final WireEnum ERROR_POLICY = WireEnum.of("WorkItemErrorPolicy", "fail", 1, "omit", 2);

  /** {@code errorPolicy} of classification nodes by ids. */
  static final WireEnum NODES_ERROR_POLICY =
      WireEnum.of("ClassificationNodesErrorPolicy", "fail", 1, "omit", 2);

  /** The {@code structureGroup} path segment of classification nodes. */
  static final WireEnum STRUCTURE_GROUP =
      WireEnum.of("TreeStructureGroup", "areas", 0, "iterations", 1);

  /** {@code $expand} of a work item type's fields. */
  static final WireEnum TYPE_FIELDS_EXPAND =
      WireEnum.of(
          "WorkItemTypeFieldsExpandLevel",
          "none",
          0,
          "allowedValues",
          1,
          "dependentFields",
          2,
          "all",
          3);

  /** {@code $expand} of comments, a flags enum. */
  static final WireEnum COMMENT_EXPAND =
      WireEnum.flags(
          "CommentExpandOptions",
          "none",
          0,
          "reactions",
          1,
          "renderedText",
          8,
          "renderedTextOnly",
          16,
          "children",
          32,
          "all",
          -17);

  /** {@code order} of comments. */
  static final WireEnum COMMENT_ORDER = WireEnum.of("CommentSortOrder", "asc", 1, "desc", 2);

  /** {@code op} of a JSON Patch operation. */
  static final WireEnum PATCH_OP =
      WireEnum.of(
          "Operation", "add", 0, "remove", 1, "replace", 2, "move", 3, "copy", 4, "test", 5);

  private WitEnums() {}
}
