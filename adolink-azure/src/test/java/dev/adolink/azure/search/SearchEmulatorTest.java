package dev.adolink.azure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.error.UnsupportedFeatureException;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.azure.wit.WorkItemPatch;
import dev.adolink.emulator.control.Admin;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private Organization organization(Admin.CreatedOrganization org) {
    return ado.client()
        .organization(ado.url(org), PersonalAccessToken.of(org.user(EmulatedAdo.ALICE).pat()));
  }

  @Test
  void findsWorkItemsByTextOnTheSearchHostAcrossPages() {
    Admin.CreatedOrganization created = ado.organization();
    ado.emulator().createProject(created.name(), "Web");
    Organization org = organization(created);
    for (int i = 0; i < 120; i++) {
      org.workItems()
          .create("Web", "Bug", WorkItemPatch.builder().title("Checkout crash " + i).build());
    }
    org.workItems().create("Web", "Bug", WorkItemPatch.builder().title("Unrelated").build());

    List<WorkItemSearchResult> results =
        org.search().workItems(WorkItemSearchQuery.text("checkout").inProject("Web")).toList();

    assertThat(results).hasSize(120).allSatisfy(r -> assertThat(r.id()).isPresent());
    assertThat(results.get(0).title()).hasValueSatisfying(t -> assertThat(t).contains("Checkout"));
    assertThat(ado.requests())
        .filteredOn(l -> l.path().endsWith("/workitemsearchresults"))
        .hasSize(2)
        .allSatisfy(
            l ->
                assertThat(l.path())
                    .isEqualTo(
                        "/_hosts/almsearch/"
                            + created.name()
                            + "/Web/_apis/search/workitemsearchresults"));
  }

  @Test
  void anOrganizationWithoutSearchSaysSoWithoutSending() {
    Organization org = organization(ado.server("7.0", false));

    assertThat(org.search().available()).isFalse();
    assertThatThrownBy(() -> org.search().workItems(WorkItemSearchQuery.text("x")).toList())
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("work item search");
    assertThat(ado.requests()).extracting(Logged::path).noneMatch(p -> p.contains("/search/"));
  }
}
