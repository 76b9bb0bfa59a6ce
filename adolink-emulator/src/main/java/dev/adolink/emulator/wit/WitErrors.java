package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** The errors work item tracking answers, with ADO's messages and exception types. */
final class WitErrors {

  static final int EVENT_ID = 3200;
  private static final String SERVER = "Microsoft.TeamFoundation.WorkItemTracking.Server";
  private static final String PATCH = "Microsoft.VisualStudio.Services.WebApi.Patch";
  private static final String WEB_API = "Microsoft.VisualStudio.Services.WebApi";

  private WitErrors() {}

  private static String server(String type) {
    return SERVER + "." + type + ", " + SERVER;
  }

  static AdoException notFound(int id) {
    return new AdoException(
        404,
        server("WorkItemUnauthorizedAccessException"),
        "TF401232: Work item " + id + " does not exist, or you do not have permissions to read it.",
        EVENT_ID);
  }

  static AdoException typeNotFound(String type, Object project) {
    return new AdoException(
        404,
        server("WorkItemTypeNotFoundException"),
        "VS402323: Work item type "
            + type
            + " does not exist in project "
            + project
            + " or you do not have permission to access it.",
        EVENT_ID);
  }

  static AdoException fieldNotFound(String field) {
    return new AdoException(
        400,
        server("Metadata.WorkItemTrackingFieldDefinitionNotFoundException"),
        "TF51535: Cannot find field " + field + ".",
        EVENT_ID);
  }

  /** An area or iteration path that is not a node of the project ({@code -1}: a new item). */
  static AdoException invalidTreeName(int id, String field) {
    return new AdoException(
        400,
        server("WorkItemFieldInvalidTreeNameException"),
        "TF401347: Invalid tree name given for work item " + id + ", field '" + field + "'.",
        EVENT_ID);
  }

  /** As seen from ADO: {@code customProperties.ReferenceName} and errorCode 600171. */
  static AdoException unknownIdentity(String value, String fieldName, String referenceName) {
    ObjectNode properties = Json.object();
    properties.put("ReferenceName", referenceName);
    return new WitException(
        400,
        server("WorkItemFieldInvalidException"),
        "The identity value '" + value + "' for field '" + fieldName + "' is an unknown identity.",
        600171,
        properties);
  }

  /** A display name that several members of the organization share. */
  static AdoException ambiguousIdentity(String value, String fieldName, String referenceName) {
    ObjectNode properties = Json.object();
    properties.put("ReferenceName", referenceName);
    return new WitException(
        400,
        server("WorkItemFieldInvalidException"),
        "The identity value '"
            + value
            + "' for field '"
            + fieldName
            + "' is an ambiguous identity. Use the email address instead.",
        600171,
        properties);
  }

  static AdoException testFailed(String path, Object actual, Object expected) {
    return new AdoException(
        412,
        PATCH + ".TestPatchOperationFailedException, " + WEB_API,
        "VS403351: Test Operation for path "
            + path
            + " failed, value "
            + actual
            + " was not equal to test value "
            + expected
            + ".",
        EVENT_ID);
  }

  static AdoException patchFailed(String message) {
    return new AdoException(
        400, PATCH + ".PatchOperationFailedException, " + WEB_API, message, EVENT_ID);
  }

  static AdoException contentType(String contentType, String method) {
    return new AdoException(
        415,
        WEB_API + ".VssRequestContentTypeNotSupportedException, " + WEB_API,
        "The request indicated a Content-Type of \""
            + contentType
            + "\" for method type \""
            + method
            + "\" which is not supported. Valid content types for this method are:"
            + " application/json-patch+json.",
        EVENT_ID);
  }

  static AdoException conflictingParameters() {
    return new AdoException(
        400,
        server("ConflictingParametersException"),
        "The expand parameter can not be used with the fields parameter.",
        EVENT_ID);
  }

  static AdoException argument(String message) {
    return new AdoException(400, "System.ArgumentException, mscorlib", message, EVENT_ID);
  }

  static AdoException extraParent(int child, int parent) {
    return new AdoException(
        400,
        server("WorkItemLinkAddExtraParentException"),
        "TF201036: You cannot add a Child link between work items "
            + parent
            + " and "
            + child
            + " because a work item can have only one Parent link.",
        EVENT_ID);
  }

  static AdoException commentNotFound(int workItemId, int commentId) {
    return new AdoException(
        404,
        "Microsoft.TeamFoundation.Comments.Server.CommentNotFoundException,"
            + " Microsoft.TeamFoundation.Comments.Server",
        "VS402865: Comment " + commentId + " does not exist on work item " + workItemId + ".",
        EVENT_ID);
  }

  static AdoException nodeNotFound(String path) {
    return new AdoException(
        404,
        server("WorkItemTrackingTreeNodeNotFoundException"),
        "TF200018: The following node does not exist: " + path + ".",
        EVENT_ID);
  }

  static AdoException duplicateNode(String name, int parentId) {
    return new AdoException(
        409,
        server("ClassificationNodeDuplicateNameException"),
        "VS402371: Classification node name "
            + name
            + " is already in use by a different child of parent classification node "
            + parentId
            + ". Choose a different name and try again.",
        EVENT_ID);
  }
}
