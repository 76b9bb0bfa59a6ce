package dev.adolink.server.integration;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.integration.InstallationRepository.Row;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Installations over the API: install with a PAT or service principal, read, re-authorize, remove.
 */
@RestController
class IntegrationController {

  private static final String BASE = "/api/0/organizations/{org}/integrations/";

  private final OrganizationAccess access;
  private final Connector connector;
  private final InstallService installs;
  private final HealthChecks health;
  private final Installations installations;
  private final InstallationRepository repository;
  private final SubscriptionRepository subscriptions;
  private final AzureProperties properties;

  IntegrationController(
      OrganizationAccess access,
      Connector connector,
      InstallService installs,
      HealthChecks health,
      Installations installations,
      InstallationRepository repository,
      SubscriptionRepository subscriptions,
      AzureProperties properties) {
    this.access = access;
    this.connector = connector;
    this.installs = installs;
    this.health = health;
    this.installations = installations;
    this.repository = repository;
    this.subscriptions = subscriptions;
    this.properties = properties;
  }

  @PostMapping(BASE + "azure-devops/")
  @ResponseStatus(HttpStatus.CREATED)
  InstallationJson install(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @RequestBody CredentialsInput.Body body) {
    Membership caller = access.require(user, org, Role.MANAGER);
    String url = CredentialsInput.requireUrl(body);
    CredentialsInput input = CredentialsInput.of(body, properties.entraAuthority());
    ConnectedOrganization connected = connector.connect(url, input.credentials(), input.field());
    return json(
        installs.install(caller.organization().id(), input.kind(), connected, input.stored()));
  }

  @GetMapping(BASE)
  List<InstallationJson> list(
      @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String org) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return repository.ofOrganization(caller.organization().id()).stream().map(this::json).toList();
  }

  @GetMapping(BASE + "{id}/")
  InstallationJson get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    return json(row(access.require(user, org, Role.MEMBER), id));
  }

  /** Re-authorizes with a new PAT or service principal secret; resumes a paused installation. */
  @PutMapping(BASE + "{id}/")
  InstallationJson reauthorize(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestBody CredentialsInput.Body body) {
    Installation installation = row(access.require(user, org, Role.MANAGER), id).installation();
    CredentialsInput input = CredentialsInput.of(body, properties.entraAuthority());
    String url =
        body.organizationUrl() == null || body.organizationUrl().isBlank()
            ? installation.baseUrl()
            : body.organizationUrl();
    ConnectedOrganization connected = connector.connect(url, input.credentials(), input.field());
    return json(installs.reauthorize(installation, input.kind(), connected, input.stored()));
  }

  @DeleteMapping(BASE + "{id}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void uninstall(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    installs.uninstall(row(access.require(user, org, Role.MANAGER), id).installation());
  }

  @PostMapping(BASE + "{id}/health-check/")
  Map<String, List<SubscriptionCheck>> healthCheck(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id) {
    row(access.require(user, org, Role.MANAGER), id);
    try {
      return Map.of("subscriptions", health.check(id));
    } catch (InstallationPausedException e) {
      throw ApiException.conflict("status", "needs_reauth: " + e.getMessage());
    } catch (AzureDevOpsException e) {
      throw ApiException.badGateway("Azure DevOps failed: " + e.getMessage());
    }
  }

  private Row row(Membership caller, long id) {
    installations.require(caller.organization().id(), id);
    return repository.find(id).orElseThrow(() -> Installations.notFound(id));
  }

  private InstallationJson json(Row row) {
    return InstallationJson.of(row, subscriptions.of(row.installation().id()));
  }
}
