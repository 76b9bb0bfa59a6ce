package dev.adolink.server.integration;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET|PUT /api/0/organizations/{org}/integrations/{id}/config/}: the sync configuration; the
 * GET adds {@code choices} (projects, their work item types and states) read from ADO.
 */
@RestController
class ConfigController {

  private static final String PATH = "/api/0/organizations/{org}/integrations/{id}/config/";

  private final OrganizationAccess access;
  private final InstallationAdmin admin;
  private final JsonMapper json;

  ConfigController(OrganizationAccess access, InstallationAdmin admin, JsonMapper json) {
    this.access = access;
    this.admin = admin;
    this.json = json;
  }

  @GetMapping(PATH)
  ObjectNode get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    long organizationId = access.require(user, org, Role.MEMBER).organization().id();
    ObjectNode view = admin.config(organizationId, id);
    view.set("choices", json.valueToTree(admin.choices(organizationId, id)));
    return view;
  }

  @PutMapping(PATH)
  ObjectNode put(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestBody JsonNode body) {
    return admin.configure(access.require(user, org, Role.MANAGER).organization().id(), id, body);
  }
}
