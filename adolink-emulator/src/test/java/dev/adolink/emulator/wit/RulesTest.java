package dev.adolink.emulator.wit;

import static dev.adolink.emulator.wit.WitFixture.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.support.Client;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RulesTest {

  static AdoEmulator ado;
  WitFixture wit;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @BeforeEach
  void seed() {
    wit = new WitFixture(ado).seed();
  }

  private static JsonNode ruleError(Client.Answer answer) {
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("typeKey").asString()).isEqualTo("RuleValidationException");
    return answer.json();
  }

  @Nested
  class FieldRules {
    @Test
    void aMissingRequiredTitleIsRuleErrorTf401320() {
      JsonNode error =
          ruleError(wit.create("Bug", List.of(op("add", "/fields/System.Description", "x"))));

      assertThat(error.get("message").asString())
          .isEqualTo("TF401320: Rule Error for field Title. Error code: Required, InvalidEmpty.");
      JsonNode entry = error.get("customProperties").get("RuleValidationErrors").get(0);
      assertThat(entry.get("fieldReferenceName").asString()).isEqualTo("System.Title");
      assertThat(entry.get("fieldStatusFlags").asString()).isEqualTo("required, invalidEmpty");
    }

    @Test
    void aValueOutsideTheAllowedValuesIsRefused() {
      JsonNode error =
          ruleError(
              wit.create(
                  "Bug",
                  List.of(
                      op("add", "/fields/System.Title", "x"),
                      op("add", "/fields/Microsoft.VSTS.Common.Severity", "5 - Meh"))));

      assertThat(error.get("message").asString())
          .isEqualTo(
              "TF401320: Rule Error for field Severity. Error code: HasValues, LimitedToValues,"
                  + " AllowsOldValue, InvalidListValue.");
    }

    @Test
    void anAllowedValueIsStoredWithItsCanonicalSpelling() {
      JsonNode item =
          wit.create(
                  "Bug",
                  List.of(
                      op("add", "/fields/System.Title", "x"),
                      op("add", "/fields/Microsoft.VSTS.Common.Severity", "2 - high")))
              .json();

      assertThat(item.get("fields").get("Microsoft.VSTS.Common.Severity").asString())
          .isEqualTo("2 - High");
    }

    @Test
    void aNumberFieldRefusesText() {
      JsonNode error =
          ruleError(
              wit.create(
                  "Task",
                  List.of(
                      op("add", "/fields/System.Title", "x"),
                      op("add", "/fields/Microsoft.VSTS.Scheduling.RemainingWork", "lots"))));

      assertThat(error.get("message").asString()).contains("Error code: InvalidType");
    }

    @Test
    void systemFieldsAreReadOnlyWithoutBypassRules() {
      int id = wit.createTask("x");

      JsonNode error =
          ruleError(
              wit.update(
                  wit.alice,
                  id,
                  List.of(op("add", "/fields/System.CreatedDate", "2020-01-01T00:00:00Z")),
                  ""));
      JsonNode bypassed =
          wit.update(
                  wit.alice,
                  id,
                  List.of(op("add", "/fields/System.CreatedDate", "2020-01-01T00:00:00Z")),
                  "&bypassRules=true")
              .json();

      assertThat(error.get("message").asString()).contains("ReadOnly");
      assertThat(bypassed.get("fields").get("System.CreatedDate").asString())
          .isEqualTo("2020-01-01T00:00:00Z");
    }
  }

  @Nested
  class States {
    @Test
    void aStateTheTypeDoesNotHaveIsRefusedWithSentrysText() {
      int id = wit.createTask("x");

      JsonNode error =
          ruleError(
              wit.update(
                  wit.alice, id, List.of(op("add", "/fields/System.State", "Resolved")), ""));

      assertThat(error.get("message").asString())
          .isEqualTo(
              "TF401320: Rule Error for field State. Error code: Required, HasValues,"
                  + " LimitedToValues, AllowsOldValue, InvalidListValue.");
    }

    @Test
    void aNewWorkItemStartsInTheInitialState() {
      ruleError(
          wit.create(
              "Bug",
              List.of(
                  op("add", "/fields/System.Title", "x"),
                  op("add", "/fields/System.State", "Closed"))));
    }

    @Test
    void resolvingSetsReasonAndResolvedFieldsAndReopeningClearsThem() {
      int id =
          wit.create("Bug", List.of(op("add", "/fields/System.Title", "Crash")))
              .json()
              .get("id")
              .asInt();

      JsonNode resolved =
          wit.update(wit.alice, id, List.of(op("replace", "/fields/System.State", "resolved")), "")
              .json()
              .get("fields");
      JsonNode reopened =
          wit.update(wit.bob, id, List.of(op("replace", "/fields/System.State", "Active")), "")
              .json()
              .get("fields");

      assertThat(resolved.get("System.State").asString()).isEqualTo("Resolved");
      assertThat(resolved.get("System.Reason").asString()).isEqualTo("Fixed");
      assertThat(resolved.has("Microsoft.VSTS.Common.ResolvedDate")).isTrue();
      assertThat(resolved.get("Microsoft.VSTS.Common.ResolvedBy").get("uniqueName").asString())
          .isEqualTo("alice@example.com");
      assertThat(reopened.get("System.Reason").asString()).isEqualTo("Reactivated");
      assertThat(reopened.has("Microsoft.VSTS.Common.ResolvedDate")).isFalse();
      assertThat(reopened.get("Microsoft.VSTS.Common.ActivatedBy").get("uniqueName").asString())
          .isEqualTo("bob@example.com");
    }

    @Test
    void anExplicitReasonIsKept() {
      int id = wit.createTask("x");

      JsonNode fields =
          wit.update(
                  wit.alice,
                  id,
                  List.of(
                      op("add", "/fields/System.State", "Closed"),
                      op("add", "/fields/System.Reason", "Cut")),
                  "")
              .json()
              .get("fields");

      assertThat(fields.get("System.Reason").asString()).isEqualTo("Cut");
      assertThat(fields.has("Microsoft.VSTS.Common.ClosedDate")).isTrue();
    }
  }

  @Nested
  class Identities {
    @Test
    void anAssigneeCanBeNamedByEmailDisplayNameOrNameWithEmail() {
      int id = wit.createTask("x");

      for (String form : List.of("bob@example.com", "Bob Jones", "Bob Jones <BOB@example.com>")) {
        wit.update(wit.alice, id, List.of(op("remove", "/fields/System.AssignedTo", null)), "");
        JsonNode assigned =
            wit.update(wit.alice, id, List.of(op("add", "/fields/System.AssignedTo", form)), "")
                .json()
                .get("fields")
                .get("System.AssignedTo");

        assertThat(assigned.get("uniqueName").asString()).as(form).isEqualTo("bob@example.com");
      }
    }

    @Test
    void anIdentityRefObjectIsAcceptedToo() {
      int id = wit.createTask("x");

      JsonNode assigned =
          wit.update(
                  wit.alice,
                  id,
                  List.of(
                      op(
                          "add",
                          "/fields/System.AssignedTo",
                          Map.of("displayName", "Bob Jones", "uniqueName", "bob@example.com"))),
                  "")
              .json()
              .get("fields")
              .get("System.AssignedTo");

      assertThat(assigned.get("displayName").asString()).isEqualTo("Bob Jones");
    }

    @Test
    void anUnknownIdentityIsAdosError() {
      int id = wit.createTask("x");

      Client.Answer answer =
          wit.update(
              wit.alice,
              id,
              List.of(op("add", "/fields/System.AssignedTo", "eve@example.com")),
              "");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("message").asString())
          .isEqualTo(
              "The identity value 'eve@example.com' for field 'Assigned To' is an unknown identity.");
      assertThat(answer.json().get("typeKey").asString())
          .isEqualTo("WorkItemFieldInvalidException");
    }

    @Test
    void aDisplayNameTwoMembersShareIsAmbiguous() {
      int id = wit.createTask("x");

      assertThat(
              wit.update(wit.alice, id, List.of(op("add", "/fields/System.AssignedTo", "Sam")), "")
                  .status())
          .isEqualTo(400);
    }

    @Test
    void readsGiveIdentityObjectsFrom5And4xGivesNameWithEmail() {
      int id = wit.createTask("x");
      wit.update(
          wit.alice, id, List.of(op("add", "/fields/System.AssignedTo", "bob@example.com")), "");

      JsonNode v5 = wit.alice.get("_apis/wit/workitems/" + id + "?api-version=5.0").json();
      JsonNode v4 = wit.alice.get("_apis/wit/workitems/" + id + "?api-version=4.1").json();

      assertThat(v5.get("fields").get("System.AssignedTo").isObject()).isTrue();
      assertThat(v4.get("fields").get("System.AssignedTo").asString())
          .isEqualTo("Bob Jones <bob@example.com>");
    }

    @Test
    void anEmptyValueUnassigns() {
      int id = wit.createTask("x");
      wit.update(
          wit.alice, id, List.of(op("add", "/fields/System.AssignedTo", "bob@example.com")), "");

      JsonNode fields =
          wit.update(wit.alice, id, List.of(op("add", "/fields/System.AssignedTo", "")), "")
              .json()
              .get("fields");

      assertThat(fields.has("System.AssignedTo")).isFalse();
    }
  }
}
