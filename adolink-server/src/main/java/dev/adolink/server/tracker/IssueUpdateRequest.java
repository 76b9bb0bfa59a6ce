package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code PUT .../issues/{id}/}: {@code {status?, assignedTo?: email|null,
 * level?}}. Parsed by hand because an absent {@code assignedTo} (leave it) and {@code null}
 * (unassign) mean different things. Unknown fields are ignored.
 */
public final class IssueUpdateRequest {

  private IssueUpdateRequest() {}

  public static IssueUpdate parse(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("Request body must be a JSON object");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    IssueStatus status = null;
    JsonNode statusNode = body.get("status");
    if (statusNode != null) {
      status =
          statusNode.isString()
              ? Wire.parse(IssueStatus.class, statusNode.stringValue()).orElse(null)
              : null;
      if (status == null) {
        errors.put("status", Wire.oneOf(IssueStatus.class));
      }
    }
    IssueUpdate.Assignment assignment = null;
    JsonNode assigneeNode = body.get("assignedTo");
    if (assigneeNode != null) {
      if (assigneeNode.isNull()) {
        assignment = IssueUpdate.Assignment.nobody();
      } else if (assigneeNode.isString() && !assigneeNode.stringValue().isBlank()) {
        assignment = new IssueUpdate.Assignment(assigneeNode.stringValue());
      } else {
        errors.put("assignedTo", "must be a member's email or null");
      }
    }
    Level level = null;
    JsonNode levelNode = body.get("level");
    if (levelNode != null) {
      level =
          levelNode.isString()
              ? Wire.parse(Level.class, levelNode.stringValue()).orElse(null)
              : null;
      if (level == null) {
        errors.put("level", Wire.oneOf(Level.class));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    IssueUpdate update = new IssueUpdate(status, assignment, level);
    if (update.isEmpty()) {
      throw ApiException.badRequest("Nothing to update: send status, assignedTo and/or level");
    }
    return update;
  }
}
