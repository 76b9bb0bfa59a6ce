package dev.adolink.emulator.hooks;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Organization {@code fabrikam} (Alice, Bob), project {@code Web}, and subscription helpers. */
final class HooksFixture {

  final AdoEmulator ado;
  Client alice;
  Client bob;
  String projectId;

  HooksFixture(AdoEmulator ado) {
    this.ado = ado;
  }

  HooksFixture seed() {
    ado.reset();
    var org =
        ado.createOrganization(
            "fabrikam",
            new Admin.UserSpec("alice@example.com", "Alice Smith"),
            new Admin.UserSpec("bob@example.com", "Bob Jones"));
    projectId = ado.createProject("fabrikam", "Web").id().toString();
    alice = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("alice@example.com").pat());
    bob = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("bob@example.com").pat());
    return this;
  }

  static Map<String, Object> body(
      String eventType, Map<String, String> publisherInputs, Map<String, String> consumerInputs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("publisherId", "tfs");
    body.put("eventType", eventType);
    body.put("resourceVersion", "1.0");
    body.put("consumerId", "webHooks");
    body.put("consumerActionId", "httpRequest");
    body.put("publisherInputs", publisherInputs);
    body.put("consumerInputs", consumerInputs);
    return body;
  }

  JsonNode subscribe(
      String eventType, Map<String, String> publisherInputs, Map<String, String> consumerInputs) {
    Client.Answer answer =
        alice.post(
            "_apis/hooks/subscriptions?api-version=7.1",
            body(eventType, publisherInputs, consumerInputs));
    if (answer.status() != 200) {
      throw new AssertionError(answer.status() + " " + answer.body());
    }
    return answer.json();
  }

  JsonNode subscription(String id) {
    return alice.get("_apis/hooks/subscriptions/" + id + "?api-version=7.1").json();
  }

  String status(String id) {
    return subscription(id).get("status").asString();
  }
}
