package dev.adolink.azure.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import org.junit.jupiter.api.Test;

class DecodingTest {

  @Test
  void profileAndAccounts() {
    Profile me = Fixtures.read(DecodingTest.class, "me.json", Profile.class);

    assertThat(me.id()).isNotBlank();
    assertThat(me.emailAddress()).contains("@");
    assertThat(Fixtures.list(DecodingTest.class, "accounts.json", Account.class))
        .allSatisfy(a -> assertThat(a.accountName()).isNotBlank());
  }

  @Test
  void connectionDataTellsServicesFromServer() {
    ConnectionData data =
        Json.mapper()
            .readValue(
                """
                {"authenticatedUser": {"id": "u1", "subjectDescriptor": "aad.X",
                  "providerDisplayName": "Jo", "isActive": true},
                 "instanceId": "i1", "deploymentType": "onPremises", "locationServiceData": {}}
                """,
                ConnectionData.class);

    assertThat(data.deploymentType()).isEqualTo(ConnectionData.DeploymentType.ON_PREMISES);
    assertThat(data.authenticatedUser().subjectDescriptor()).isEqualTo("aad.X");
  }
}
