package dev.adolink.server.integration;

import dev.adolink.azure.Organization;
import dev.adolink.azure.core.Project;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.wit.WorkItemState;
import dev.adolink.azure.wit.WorkItemType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the status mapping can choose from: every ADO project (all pages) and, per project, every
 * enabled work item type with its states and their categories (one call per project). Sentry
 * offered the states of the first six projects' Bug type only.
 */
@Component
public class ConfigChoices {

  public record StateChoice(String name, String category) {}

  public record TypeChoice(String name, List<StateChoice> states) {}

  public record ProjectChoice(String id, String name, List<TypeChoice> workItemTypes) {}

  /**
   * @param disabled true when ADO could not be asked; {@code error} says why
   */
  public record Choices(List<ProjectChoice> projects, boolean disabled, @Nullable String error) {}

  private final Installations installations;

  ConfigChoices(Installations installations) {
    this.installations = installations;
  }

  Choices load(Installation installation) {
    try {
      Organization ado = installations.client(installation);
      List<ProjectChoice> projects = new ArrayList<>();
      for (Project project : ado.core().projects()) {
        List<TypeChoice> types =
            ado.workItems().types(project.id()).stream()
                .filter(type -> !type.isDisabled())
                .map(ConfigChoices::type)
                .toList();
        projects.add(new ProjectChoice(project.id(), project.name(), types));
      }
      return new Choices(projects, false, null);
    } catch (AzureDevOpsException | InstallationPausedException e) {
      return new Choices(List.of(), true, e.getMessage());
    }
  }

  private static TypeChoice type(WorkItemType type) {
    return new TypeChoice(
        type.name(),
        type.states().stream()
            .map(state -> new StateChoice(state.name(), category(state)))
            .toList());
  }

  private static String category(WorkItemState state) {
    return switch (state.category() == null ? WorkItemState.Category.UNKNOWN : state.category()) {
      case PROPOSED -> "Proposed";
      case IN_PROGRESS -> "InProgress";
      case RESOLVED -> "Resolved";
      case COMPLETED -> "Completed";
      case REMOVED -> "Removed";
      case UNKNOWN -> "unknown";
    };
  }
}
