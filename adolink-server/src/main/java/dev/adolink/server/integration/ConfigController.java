package dev.adolink.server.integration;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
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
  private final Installations installations;
  private final SyncConfigs configs;
  private final ConfigChoices choices;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  ConfigController(
      OrganizationAccess access,
      Installations installations,
      SyncConfigs configs,
      ConfigChoices choices,
      TransactionTemplate transactions,
      JsonMapper json,
      Clock clock) {
    this.access = access;
    this.installations = installations;
    this.configs = configs;
    this.choices = choices;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping(PATH)
  ObjectNode get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Installation installation = installations.require(caller.organization().id(), id);
    ObjectNode view = configs.view(id);
    view.set("choices", json.valueToTree(choices.load(installation)));
    return view;
  }

  @PutMapping(PATH)
  ObjectNode put(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestBody JsonNode body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    installations.require(caller.organization().id(), id);
    ConfigUpdate update = ConfigUpdate.parse(body);
    transactions.executeWithoutResult(status -> configs.update(id, update, clock.instant()));
    return configs.view(id);
  }
}
