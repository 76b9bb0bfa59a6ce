package dev.adolink.server.web;

import dev.adolink.server.integration.ConfigChoices;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationAdmin;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.sync.SyncAdmin;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationService;
import dev.adolink.server.tracker.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills an integration's page: status and subscriptions, the sync configuration, and for owners and
 * managers the user mappings, the webhook deliveries (optionally of one status) and the sync log.
 */
@Component
class IntegrationPageModel {

  static final int ROWS = 50;

  private final InstallationAdmin admin;
  private final Installations installations;
  private final SyncAdmin sync;
  private final OrganizationService organizations;
  private final SyncLogRows syncLog;

  IntegrationPageModel(
      InstallationAdmin admin,
      Installations installations,
      SyncAdmin sync,
      OrganizationService organizations,
      SyncLogRows syncLog) {
    this.syncLog = syncLog;
    this.admin = admin;
    this.installations = installations;
    this.sync = sync;
    this.organizations = organizations;
  }

  String render(
      Model model,
      Membership caller,
      long id,
      @Nullable String deliveryStatus,
      @Nullable FormErrors errors) {
    long organizationId = caller.organization().id();
    Installation installation = installations.require(organizationId, id);
    boolean manager = caller.role().includes(Role.MANAGER);
    ConfigChoices.Choices choices = admin.choices(organizationId, id);
    model.addAttribute("org", caller.organization());
    model.addAttribute("canManage", manager);
    model.addAttribute("integration", admin.get(organizationId, id));
    model.addAttribute("config", SyncConfigForm.of(admin.config(organizationId, id), choices));
    model.addAttribute("deliveryStatus", deliveryStatus);
    model.addAttribute("deliveryStatuses", SyncAdmin.STATUSES);
    model.addAttribute(
        "deliveries", manager ? sync.deliveries(installation, deliveryStatus, ROWS) : List.of());
    model.addAttribute(
        "syncLog", syncLog.of(organizationId, id, sync.log(installation, null, ROWS)));
    model.addAttribute("userMappings", manager ? sync.userMappings(installation) : List.of());
    model.addAttribute("members", organizations.members(caller.organization()));
    model.addAttribute("errors", errors);
    return "web/integration";
  }
}
