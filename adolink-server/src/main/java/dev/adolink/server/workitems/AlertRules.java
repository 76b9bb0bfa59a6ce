package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.core.Project;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.wit.WorkItemTypeField;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Level;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

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

  /** Creates a rule from a {@code POST .../alert-rules/} body, checked against ADO. */
  public AlertRule create(long organizationId, long projectId, JsonNode body) {
    AlertRuleRepository.Definition rule = definition(organizationId, body);
    return get(projectId, repository.insert(organizationId, projectId, rule, clock.instant()));
  }

  /** Replaces a rule's definition with a {@code PUT .../alert-rules/{id}/} body, checked again. */
  public AlertRule update(long organizationId, long projectId, long ruleId, JsonNode body) {
    get(projectId, ruleId);
    repository.update(ruleId, definition(organizationId, body), clock.instant());
    return get(projectId, ruleId);
  }

  public void delete(long projectId, long ruleId) {
    get(projectId, ruleId);
    repository.delete(ruleId);
  }

  /**
   * {@code {name, conditions?: {minLevel?, minEvents?, regression?}, action: {integrationId,
   * project, work_item_type, area_path?, iteration_path?, tags?, <field reference name>?...}}}. A
   * regression rule fires on regressions only, so it takes no {@code minEvents} above 1.
   */
  private AlertRuleRepository.Definition definition(long organizationId, JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("The body must be a JSON object");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String name = body.path("name").isString() ? body.path("name").asString().strip() : "";
    if (name.isEmpty() || name.length() > 200) {
      errors.put("name", "is required, at most 200 characters");
    }
    JsonNode conditions = body.path("conditions");
    Level level = level(conditions.get("minLevel"), errors);
    Long events = events(conditions.get("minEvents"), errors);
    boolean regression = regression(conditions.get("regression"), events, errors);
    JsonNode action = body.path("action");
    if (!action.isObject()) {
      errors.put("action", "is required: {integrationId, project, work_item_type, ...}");
    }
    JsonNode integration = action.path("integrationId");
    if (!action.isMissingNode() && !integration.canConvertToLong()) {
      errors.put("action.integrationId", "is required");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    Installation installation =
        installations
            .find(organizationId, integration.asLong())
            .orElseThrow(
                () -> ApiException.invalid("action.integrationId", "is not an installation here"));
    WorkItemDraft draft = prefixed(() -> WorkItemDraft.parse(action));
    if (draft.project() == null || draft.type() == null) {
      throw ApiException.invalid(
          draft.project() == null ? "action.project" : "action.work_item_type", "is required");
    }
    Map<String, Object> values =
        AdoFailures.call(() -> checked(installations.client(installation), draft));
    return new AlertRuleRepository.Definition(
        name, level, events, regression, installation.id(), values);
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

  private static @Nullable Level level(@Nullable JsonNode value, Map<String, String> errors) {
    if (value == null || value.isNull()) {
      return null;
    }
    Optional<Level> level =
        value.isString()
            ? java.util.Arrays.stream(Level.values())
                .filter(l -> l.wire().equals(value.asString().toLowerCase(Locale.ROOT)))
                .findFirst()
            : Optional.empty();
    if (level.isEmpty()) {
      errors.put("conditions.minLevel", "must be one of fatal, error, warning, info, debug");
    }
    return level.orElse(null);
  }

  private static @Nullable Long events(@Nullable JsonNode value, Map<String, String> errors) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asLong() < 1) {
      errors.put("conditions.minEvents", "must be a whole number from 1 to " + Integer.MAX_VALUE);
      return null;
    }
    return value.asLong();
  }

  private static boolean regression(
      @Nullable JsonNode value, @Nullable Long events, Map<String, String> errors) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      errors.put("conditions.regression", "must be true or false");
      return false;
    }
    if (value.booleanValue() && events != null && events > 1) {
      errors.put(
          "conditions.regression",
          "cannot be combined with a number of events (minEvents): it fires on regressions");
    }
    return value.booleanValue();
  }
}
