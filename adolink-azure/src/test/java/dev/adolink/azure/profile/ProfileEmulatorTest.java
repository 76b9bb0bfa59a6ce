package dev.adolink.azure.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.emulator.control.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connecting an organization: who am I, which organizations, where do they live. */
class ProfileEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  @Test
  void findsTheUsersOrganizationsAndTheirBaseUrlsOnTheGlobalHost() {
    Admin.CreatedOrganization created = ado.organization();
    AzureDevOps client = ado.client();
    ProfileApi profile =
        client.profile(PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));

    Profile me = profile.me();
    Account account =
        profile.accounts(me.id()).stream()
            .filter(a -> a.accountName().equals(created.name()))
            .findFirst()
            .orElseThrow();

    assertThat(me.emailAddress()).isEqualTo(EmulatedAdo.ALICE);
    assertThat(account.accountId()).isEqualTo(created.id().toString());
    assertThat(profile.organizationUrl(account.accountId())).contains(ado.url(created));
    assertThat(profile.connectionData().authenticatedUser().subjectDescriptor()).isNotBlank();
    assertThat(ado.requests())
        .allSatisfy(l -> assertThat(l.path()).startsWith("/_hosts/app.vssps/_apis/"));
  }

  @Test
  void readsTheOrganizationsConnectionDataAndResourceAreas() {
    Admin.CreatedOrganization created = ado.organization();
    Organization org =
        ado.client()
            .organization(
                ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));

    ConnectionData data = org.location().connectionData();

    assertThat(data.instanceId()).isEqualTo(created.id().toString());
    assertThat(data.deploymentType()).isEqualTo(ConnectionData.DeploymentType.HOSTED);
    assertThat(data.authenticatedUser().displayName()).isEqualTo("Alice Example");
    // the graph area's id differs between ADO's docs table and its SDKs: match it by name
    assertThat(org.location().resourceAreas())
        .extracting(ResourceArea::id)
        .contains(ResourceArea.CORE);
    assertThat(org.location().resourceAreas())
        .extracting(ResourceArea::name)
        .contains("graph", "search");
    assertThat(ado.requests().get(0).query()).contains("api-version=7.1-preview.1");
  }

  @Test
  void aServerOrganizationSaysItIsOnPremises() {
    Admin.CreatedOrganization created = ado.server("6.0", false);
    Organization org =
        ado.client()
            .organization(
                ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));

    assertThat(org.location().connectionData().deploymentType())
        .isEqualTo(ConnectionData.DeploymentType.ON_PREMISES);
  }
}
