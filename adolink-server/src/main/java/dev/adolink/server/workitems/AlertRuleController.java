package dev.adolink.server.workitems;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Level;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/0/projects/{org}/{project}/alert-rules/}: members read the project's rules, owners
 * and managers create, change and delete them.
 */
@RestController
class AlertRuleController {

  static final String BASE = "/api/0/projects/{org}/{project}/alert-rules/";

  record ConditionsJson(@Nullable Level minLevel, @Nullable Long minEvents, boolean regression) {}

  /** {@code action} holds the rule's values and {@code integrationId}. */
  record RuleJson(
      String id,
      String name,
      String project,
      ConditionsJson conditions,
      Map<String, Object> action,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt,
      @Nullable Instant lastCreatedAt,
      Instant dateCreated) {

    static RuleJson of(AlertRule rule, Project project) {
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("integrationId", String.valueOf(rule.installationId()));
      action.putAll(rule.action());
      return new RuleJson(
          String.valueOf(rule.id()),
          rule.name(),
          project.slug(),
          new ConditionsJson(rule.minLevel(), rule.minEvents(), rule.regression()),
          action,
          rule.lastError(),
          rule.lastErrorAt(),
          rule.lastCreatedAt(),
          rule.createdAt());
    }
  }

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final AlertRules rules;

  AlertRuleController(OrganizationAccess access, ProjectService projects, AlertRules rules) {
    this.access = access;
    this.projects = projects;
    this.rules = rules;
  }

  @GetMapping(BASE)
  List<RuleJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project) {
    Project target = project(user, org, project, Role.MEMBER);
    return rules.list(target.id()).stream().map(rule -> RuleJson.of(rule, target)).toList();
  }

  @GetMapping(BASE + "{ruleId}/")
  RuleJson get(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId) {
    Project target = project(user, org, project, Role.MEMBER);
    return RuleJson.of(rules.get(target.id(), ruleId), target);
  }

  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  RuleJson create(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @RequestBody JsonNode body) {
    Project target = project(user, org, project, Role.MANAGER);
    return RuleJson.of(
        rules.create(target.organizationId(), target.id(), AlertRuleCommand.parse(body)), target);
  }

  @PutMapping(BASE + "{ruleId}/")
  RuleJson update(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId,
      @RequestBody JsonNode body) {
    Project target = project(user, org, project, Role.MANAGER);
    return RuleJson.of(
        rules.update(target.organizationId(), target.id(), ruleId, AlertRuleCommand.parse(body)),
        target);
  }

  @DeleteMapping(BASE + "{ruleId}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      @PathVariable long ruleId) {
    rules.delete(project(user, org, project, Role.MANAGER).id(), ruleId);
  }

  private Project project(AuthenticatedUser user, String org, String project, Role role) {
    Membership caller = access.require(user, org, role);
    return projects.require(caller.organization(), project);
  }
}
