package dev.adolink.server.webhooks;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What arrived at the webhook intake: an installation's deliveries (received, processed, ignored)
 * and the rejections for its ADO organization; rejections naming no ADO organization for
 * superusers.
 */
@RestController
class DeliveryController {

  private final OrganizationAccess access;
  private final Installations installations;
  private final Inbox inbox;
  private final Deliveries deliveries;

  DeliveryController(
      OrganizationAccess access, Installations installations, Inbox inbox, Deliveries deliveries) {
    this.access = access;
    this.installations = installations;
    this.inbox = inbox;
    this.deliveries = deliveries;
  }

  @GetMapping("/api/0/organizations/{org}/integrations/{id}/deliveries/")
  List<Inbox.Entry> deliveries(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Installation installation = installations.require(caller.organization().id(), id);
    return deliveries.of(installation, status, limit);
  }

  /** Applies a {@code failed} delivery again (400 when it is not failed). */
  @PostMapping("/api/0/organizations/{org}/integrations/{id}/deliveries/{deliveryId}/retry/")
  Inbox.Entry retry(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @PathVariable long deliveryId) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Installation installation = installations.require(caller.organization().id(), id);
    return deliveries.retry(installation, deliveryId);
  }

  @GetMapping("/api/0/webhooks/rejected/")
  List<Inbox.Entry> unattributed(
      @AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    if (!user.superuser()) {
      throw ApiException.forbidden("Only superusers can see rejected webhook deliveries");
    }
    return inbox.unattributed(limit);
  }
}
