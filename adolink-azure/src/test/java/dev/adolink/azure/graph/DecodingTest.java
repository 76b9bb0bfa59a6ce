package dev.adolink.azure.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import org.junit.jupiter.api.Test;

class DecodingTest {

  @Test
  void graphUsers() {
    assertThat(Fixtures.list(DecodingTest.class, "users.json", GraphUser.class))
        .extracting(GraphUser::mailAddress)
        .contains("fabrikamfiber4@hotmail.com");
  }

  @Test
  void anImsIdentityKeepsItsMailInProperties() {
    IdentityEntry identity =
        Json.mapper()
            .readValue(
                """
                {"id": "81fa6389", "subjectDescriptor": "aad.MDA0", "providerDisplayName": "Jia",
                 "isActive": true,
                 "properties": {"Mail": {"$type": "System.String", "$value": "jia@contoso.com"}}}
                """,
                IdentityEntry.class);

    assertThat(identity.mail()).isEqualTo("jia@contoso.com");
    assertThat(identity.displayName()).isEqualTo("Jia");
  }
}
