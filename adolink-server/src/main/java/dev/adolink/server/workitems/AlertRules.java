package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.core.Project;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.wit.WorkItemTypeField;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Alert rules of a tracker project. A rule is checked against ADO when it is saved (project and
 * type exist, every field the type requires has a value), so that it does not fail on every issue.
 */
@Service
public class AlertRules {

  private final AlertRuleRepository repository;
  private final Installations installations;
  private final Clock clock;

  AlertRules(AlertRuleRepository repository, Installations installations, Clock clock) {
    this.repository = repository;
    this.installations = installations;
    this.clock = clock;
  }

  public List<AlertRule> list(long projectId) {
    return repository.ofProject(projectId);
  }

  public AlertRule get(long projectId, long ruleId) {
    return repository
        .find(ruleId)
        .filter(rule -> rule.projectId() == projectId)
        .orElseThrow(() -> ApiException.notFound("Alert rule " + ruleId + " not found"));
  }

  /** Creates a rule, checked against ADO. */
  public AlertRule create(long organizationId, long projectId, AlertRuleCommand command) {
    AlertRuleRepository.Definition rule = definition(organizationId, command);
    return get(projectId, repository.insert(organizationId, projectId, rule, clock.instant()));
  }

  /** Replaces a rule's definition, checked against ADO again. */
  public AlertRule update(
      long organizationId, long projectId, long ruleId, AlertRuleCommand command) {
    get(projectId, ruleId);
    repository.update(ruleId, definition(organizationId, command), clock.instant());
    return get(projectId, ruleId);
  }

  public void delete(long projectId, long ruleId) {
    get(projectId, ruleId);
    repository.delete(ruleId);
  }

  static final String NAME = "is required, at most 200 characters";
  static final String LEVELS = "must be one of fatal, error, warning, info, debug";
  static final String EVENTS = "must be a whole number from 1 to " + Integer.MAX_VALUE;

  /** A regression rule fires on regressions only, so it takes no {@code minEvents} above 1. */
  private AlertRuleRepository.Definition definition(long organizationId, AlertRuleCommand command) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty() || name.length() > 200) {
      errors.put("name", NAME);
    }
    Long events = command.minEvents();
    if (events != null && (events < 1 || events > Integer.MAX_VALUE)) {
      errors.put("conditions.minEvents", EVENTS);
    }
    if (command.regression() && events != null && events > 1) {
      errors.put(
          "conditions.regression",
          "cannot be combined with a number of events (minEvents): it fires on regressions");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    Installation installation =
        installations
            .find(organizationId, command.installationId())
            .orElseThrow(
                () -> ApiException.invalid("action.integrationId", "is not an installation here"));
    WorkItemDraft draft = command.action().draft();
    if (draft.project() == null || draft.type() == null) {
      throw ApiException.invalid(
          draft.project() == null ? "action.project" : "action.work_item_type", "is required");
    }
    Map<String, Object> values =
        AdoFailures.call(() -> checked(installations.client(installation), draft));
    return new AlertRuleRepository.Definition(
        name, command.minLevel(), events, command.regression(), installation.id(), values);
  }

  /** The action's values with the project as its id, once ADO confirmed them. */
  private static Map<String, Object> checked(Organization ado, WorkItemDraft draft) {
    Project project = prefixed(() -> WorkItemCreator.project(ado, draft.project()));
    List<WorkItemTypeField> fields;
    try {
      fields = ado.workItems().typeFields(project.id(), draft.type());
    } catch (NotFoundException e) {
      throw ApiException.invalid(
          "action.work_item_type", "'" + draft.type() + "' is not a type of " + project.name());
    }
    Map<String, String> missing = new LinkedHashMap<>(unknownOrInvalid(fields, draft, project));
    for (WorkItemTypeField field : fields) {
      if (field.alwaysRequired()
          && field.defaultValue() == null
          && CreateForms.offered(field.referenceName())
          && !draft.fields().containsKey(field.referenceName())) {
        missing.put("action." + field.referenceName(), "is required by " + draft.type());
      }
    }
    if (!missing.isEmpty()) {
      throw ApiException.invalid(missing);
    }
    Map<String, Object> values = new LinkedHashMap<>(draft.values());
    values.put(WorkItemDraft.PROJECT, project.id());
    return values;
  }

  /**
   * The action's own fields that the type does not have, and values outside a field's allowed
   * values: ADO would refuse every work item the rule creates (TF51535, TF401320).
   */
  private static Map<String, String> unknownOrInvalid(
      List<WorkItemTypeField> fields, WorkItemDraft draft, Project project) {
    Map<String, WorkItemTypeField> byName = new LinkedHashMap<>();
    fields.forEach(field -> byName.put(field.referenceName().toLowerCase(Locale.ROOT), field));
    Map<String, String> errors = new LinkedHashMap<>();
    draft
        .fields()
        .forEach(
            (name, value) -> {
              WorkItemTypeField field = byName.get(name.toLowerCase(Locale.ROOT));
              if (field == null) {
                errors.put(
                    "action." + name,
                    "is not a field of "
                        + draft.type()
                        + " in "
                        + project.name()
                        + "; check the field's reference name in Azure DevOps");
              } else if (!field.allowedValues().isEmpty()
                  && !field.allowedValues().contains(String.valueOf(value))) {
                errors.put(
                    "action." + name,
                    "'"
                        + value
                        + "' is not allowed; choose one of "
                        + String.join(", ", field.allowedValues()));
              }
            });
    return errors;
  }

  /** Runs a check of the action, naming its fields {@code action.<name>} in the 400. */
  private static <T> T prefixed(java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (ApiException e) {
      if (e.body().errors().isEmpty()) {
        throw e;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      e.body().errors().forEach((field, message) -> errors.put("action." + field, message));
      throw ApiException.invalid(errors);
    }
  }
}
