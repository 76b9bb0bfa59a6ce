package dev.adolink.azure.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.emulator.control.Admin;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CoreEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private Organization organization(Admin.CreatedOrganization org) {
    return ado.client()
        .organization(ado.url(org), PersonalAccessToken.of(org.user(EmulatedAdo.ALICE).pat()));
  }

  @Test
  void listsEveryProjectAcrossPagesWithTheContinuationToken() {
    Admin.CreatedOrganization created = ado.organization();
    IntStream.rangeClosed(1, 230)
        .forEach(i -> ado.emulator().createProject(created.name(), String.format("P%03d", i)));
    Organization org = organization(created);

    List<Project> projects = org.core().projects().toList();

    assertThat(projects).hasSize(230).extracting(Project::name).doesNotHaveDuplicates();
    assertThat(projects).allMatch(p -> p.state() == Project.State.WELL_FORMED);
    List<Logged> requests = ado.requests();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).query()).contains("$top=100").doesNotContain("continuationToken");
    assertThat(requests.get(1).query()).contains("continuationToken=");
    assertThat(requests.get(2).query()).contains("continuationToken=");
  }

  @Test
  void readsOneProjectByNameOrId() {
    Admin.CreatedOrganization created = ado.organization();
    ado.emulator().createProject(created.name(), "Web");
    Organization org = organization(created);

    Project byName = org.core().project("Web");
    Project byId = org.core().project(byName.id());

    assertThat(byId).isEqualTo(byName);
    assertThat(byName.visibility()).isEqualTo(Project.Visibility.PRIVATE);
  }

  @Test
  void createsAProjectThroughTheApiAndFollowsTheOperation() {
    Organization org = organization(ado.organization());
    Process agile =
        org.core().processes().stream()
            .filter(p -> p.name().equals("Agile"))
            .findFirst()
            .orElseThrow();

    Operation queued = org.core().createProject(new NewProject("Mobile", "apps", agile.id()));
    Operation done = org.core().operation(queued.id());

    assertThat(done.isFinished()).isTrue();
    assertThat(done.status()).isEqualTo(Operation.Status.SUCCEEDED);
    assertThat(org.core().project("Mobile").description()).isEqualTo("apps");
    assertThat(ado.sent().get(1).bodyText())
        .contains("\"templateTypeId\":\"" + agile.id() + "\"")
        .contains("\"sourceControlType\":\"Git\"");
  }

  @Test
  void listsTheProcesses() {
    Organization org = organization(ado.organization());

    assertThat(org.core().processes())
        .extracting(Process::name)
        .contains("Agile", "Scrum", "Basic");
  }
}
