package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.azure.core.Project;
import dev.adolink.azure.wit.Fields;
import dev.adolink.azure.wit.Tag;
import dev.adolink.azure.wit.WorkItemApi;
import dev.adolink.azure.wit.WorkItemTypeCategory;
import dev.adolink.azure.wit.WorkItemTypeField;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The create form of an issue: ADO project, work item type, title, description, area and iteration
 * path, tags, then every field the chosen type requires (with its allowed values) and a few common
 * optional ones. Asked again with {@code project} or {@code type}, it offers that project's types
 * and that type's fields.
 */
@Component
class CreateForms {

  /** How deep the area and iteration trees are offered. */
  static final int PATH_DEPTH = 10;

  /** Offered when the type has them and does not require them. */
  static final List<String> OPTIONAL_FIELDS =
      List.of(Fields.PRIORITY, Fields.SEVERITY, Fields.ASSIGNED_TO);

  record Request(@Nullable String project, @Nullable String type) {}

  private final IssueDescriptions descriptions;

  CreateForms(IssueDescriptions descriptions) {
    this.descriptions = descriptions;
  }

  List<FormField> form(
      Organization ado,
      Issue issue,
      String issueUrl,
      Optional<ProjectDefaults.Choice> remembered,
      Request request) {
    List<FormField> form = new ArrayList<>();
    List<Project> projects = AdoChoices.sorted(ado.core().projects().toList());
    Project project = project(projects, remembered, request.project());
    form.add(
        FormField.select(
                WorkItemDraft.PROJECT,
                "Project",
                true,
                project == null ? null : project.id(),
                projects.stream().map(p -> List.of(p.id(), p.name())).toList())
            .updatingForm());
    WorkItemApi workItems = ado.workItems();
    List<WorkItemTypeCategory> categories =
        project == null ? List.of() : workItems.categories(project.id());
    List<String> types = AdoChoices.types(categories);
    String type = type(types, categories, remembered, project, request.type());
    form.add(
        FormField.select(WorkItemDraft.TYPE, "Work Item Type", true, type, FormField.choices(types))
            .updatingForm());
    form.add(FormField.text(WorkItemDraft.TITLE, "Title", true, issue.title()));
    form.add(
        FormField.textarea(
                WorkItemDraft.DESCRIPTION, "Description", descriptions.of(issue, issueUrl))
            .withHelp("Markdown"));
    if (project == null || type == null) {
      return form;
    }
    List<String> areas = AdoChoices.paths(workItems.areas(project.id(), PATH_DEPTH));
    List<String> iterations = AdoChoices.paths(workItems.iterations(project.id(), PATH_DEPTH));
    form.add(
        FormField.select(
            WorkItemDraft.AREA_PATH, "Area Path", false, areas.get(0), choices(areas)));
    form.add(
        FormField.select(
            WorkItemDraft.ITERATION_PATH,
            "Iteration Path",
            false,
            iterations.get(0),
            choices(iterations)));
    List<String> tags = workItems.tags(project.id()).stream().map(Tag::name).toList();
    form.add(
        FormField.select(WorkItemDraft.TAGS, "Tags", false, null, FormField.choices(tags))
            .allowingMany()
            .withHelp("Existing tags, or new ones"));
    form.addAll(typeFields(workItems.typeFields(project.id(), type)));
    return form;
  }

  private static List<List<String>> choices(List<String> values) {
    return FormField.choices(values);
  }

  private static @Nullable Project project(
      List<Project> projects,
      Optional<ProjectDefaults.Choice> remembered,
      @Nullable String requested) {
    if (requested != null) {
      return AdoChoices.project(projects, requested)
          .orElseThrow(
              () ->
                  ApiException.invalid(
                      WorkItemDraft.PROJECT, "'" + requested + "' is not a project in ADO"));
    }
    return remembered
        .flatMap(choice -> AdoChoices.project(projects, choice.adoProjectId()))
        .orElse(projects.isEmpty() ? null : projects.get(0));
  }

  private static @Nullable String type(
      List<String> types,
      List<WorkItemTypeCategory> categories,
      Optional<ProjectDefaults.Choice> remembered,
      @Nullable Project project,
      @Nullable String requested) {
    if (requested != null) {
      return AdoChoices.named(types, requested)
          .orElseThrow(
              () ->
                  ApiException.invalid(
                      WorkItemDraft.TYPE,
                      "'"
                          + requested
                          + "' is not a work item type of "
                          + (project == null ? "the project" : project.name())));
    }
    return remembered
        .flatMap(choice -> AdoChoices.named(types, choice.workItemType()))
        .or(() -> AdoChoices.bugType(categories).flatMap(bug -> AdoChoices.named(types, bug)))
        .orElse(types.isEmpty() ? null : types.get(0));
  }

  /** The type's required fields, then the common optional ones it has. */
  static List<FormField> typeFields(List<WorkItemTypeField> fields) {
    List<FormField> form = new ArrayList<>();
    for (WorkItemTypeField field : fields) {
      if (field.alwaysRequired() && offered(field.referenceName())) {
        form.add(field(field, true));
      }
    }
    for (String optional : OPTIONAL_FIELDS) {
      fields.stream()
          .filter(f -> f.referenceName().equals(optional) && !f.alwaysRequired())
          .findFirst()
          .ifPresent(f -> form.add(field(f, false)));
    }
    return form;
  }

  /** Fields the form has its own names for, and those ADO sets itself, are left out. */
  static boolean offered(String referenceName) {
    return !WorkItemDraft.FORM_NAMES.containsKey(referenceName)
        && (!referenceName.startsWith("System.") || SYSTEM_FIELDS.contains(referenceName));
  }

  private static final Set<String> SYSTEM_FIELDS = Set.of(Fields.ASSIGNED_TO);

  private static FormField field(WorkItemTypeField field, boolean required) {
    String label = field.name() == null ? field.referenceName() : field.name();
    Object value = field.defaultValue() == null ? null : String.valueOf(field.defaultValue());
    FormField form =
        field.allowedValues().isEmpty()
            ? FormField.text(field.referenceName(), label, required, value)
            : FormField.select(
                field.referenceName(),
                label,
                required,
                value,
                FormField.choices(field.allowedValues()));
    return field.helpText() == null ? form : form.withHelp(field.helpText());
  }
}
