package dev.adolink.azure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.transport.Json;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityTest {

  @Nested
  class FromText {

    @Test
    void readsNameAndEmailInAngleBrackets() {
      assertThat(Identity.parse("Jamal Hartnett <fabrikamfiber4@hotmail.com>"))
          .contains(new Identity("Jamal Hartnett", "fabrikamfiber4@hotmail.com", null, null));
    }

    @Test
    void readsAnEmailInBracketsWithoutSpaceOrName() {
      assertThat(Identity.parse("Jamal Hartnett<jamal@contoso.com>").map(Identity::email))
          .contains("jamal@contoso.com");
      assertThat(Identity.parse("<jamal@contoso.com>"))
          .contains(new Identity(null, "jamal@contoso.com", null, null));
    }

    @Test
    void readsABareEmail() {
      assertThat(Identity.parse("  jane@contoso.com "))
          .contains(new Identity(null, "jane@contoso.com", null, null));
    }

    @Test
    void readsABareDisplayName() {
      assertThat(Identity.parse("Jamal Hartnett"))
          .contains(new Identity("Jamal Hartnett", null, null, null));
    }

    @Test
    void keepsADomainAccountInBracketsAsTheName() {
      assertThat(Identity.parse("Jane Doe <CONTOSO\\jdoe>"))
          .contains(new Identity("Jane Doe", null, null, null));
    }

    @Test
    void isEmptyForBlankText() {
      assertThat(Identity.parse("  ")).isEmpty();
      assertThat(Identity.parse(null)).isEmpty();
    }
  }

  @Nested
  class FromJson {

    @Test
    void readsAnIdentityRefObject() {
      Optional<Identity> identity =
          Identity.from(
              Json.mapper()
                  .readTree(
                      """
                      {"displayName": "Jamal Hartnett", "id": "d291b0c4", "descriptor": "aad.YTk",
                       "uniqueName": "fabrikamfiber4@hotmail.com", "_links": {}}
                      """));

      assertThat(identity)
          .contains(
              new Identity("Jamal Hartnett", "fabrikamfiber4@hotmail.com", "d291b0c4", "aad.YTk"));
    }

    @Test
    void dropsTheWindowsLiveIdPrefixOfOldUniqueNames() {
      Optional<Identity> identity =
          Identity.from(
              Json.mapper()
                  .readTree(
                      "{\"displayName\": \"Jo\", \"uniqueName\": \"Windows Live ID\\\\jo@x.com\"}"));

      assertThat(identity.map(Identity::email)).contains("jo@x.com");
    }

    @Test
    void fallsBackToTheNameOfAWebhookRevisedBy() {
      Optional<Identity> identity =
          Identity.from(
              Json.mapper().readTree("{\"id\": \"1\", \"name\": \"lauryn <lauryn@sentry.io>\"}"));

      assertThat(identity).contains(new Identity("lauryn", "lauryn@sentry.io", "1", null));
    }

    @Test
    void readsAStringValueAndNothingFromNull() {
      assertThat(Identity.from(Json.mapper().readTree("\"a <a@b.c>\"")).map(Identity::email))
          .contains("a@b.c");
      assertThat(Identity.from(Json.mapper().readTree("null"))).isEmpty();
    }

    @Test
    void recordPropertiesOfTypeIdentityAcceptEveryForm() {
      record Holder(Identity a, Identity b, Identity c) {}

      Holder holder =
          Json.mapper()
              .readValue(
                  """
                  {"a": "Name <n@x.io>", "b": {"displayName": "B", "uniqueName": "b@x.io"},
                   "c": "c@x.io"}
                  """,
                  Holder.class);

      assertThat(holder.a().email()).isEqualTo("n@x.io");
      assertThat(holder.b().email()).isEqualTo("b@x.io");
      assertThat(holder.c().email()).isEqualTo("c@x.io");
    }
  }

  @Test
  void formatsTheFieldValueAdoAccepts() {
    assertThat(new Identity("Jane", "jane@x.io", null, null).asFieldValue())
        .isEqualTo("Jane <jane@x.io>");
    assertThat(new Identity(null, "jane@x.io", null, null).asFieldValue()).isEqualTo("jane@x.io");
    assertThat(new Identity("Jane", "Jane@X.io", null, null).normalizedEmail())
        .contains("jane@x.io");
  }
}
