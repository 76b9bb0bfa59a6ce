package dev.adolink.emulator.wit;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.control.Admin;
import dev.adolink.emulator.support.Client;
import java.util.List;
import java.util.Map;

/**
 * One emulator for the work item tests: organization {@code fabrikam} with Alice and Bob (and two
 * members named Sam, for ambiguity), project {@code Web} (Agile), and clients for each user.
 */
final class WitFixture {

  static final String PATCH = "application/json-patch+json";

  final AdoEmulator ado;
  Client alice;
  Client bob;
  String base;

  WitFixture(AdoEmulator ado) {
    this.ado = ado;
  }

  WitFixture seed() {
    ado.reset();
    var org =
        ado.createOrganization(
            "fabrikam",
            new Admin.UserSpec("alice@example.com", "Alice Smith"),
            new Admin.UserSpec("bob@example.com", "Bob Jones"),
            new Admin.UserSpec("sam1@example.com", "Sam"),
            new Admin.UserSpec("sam2@example.com", "Sam"));
    ado.createProject("fabrikam", "Web");
    alice = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("alice@example.com").pat());
    bob = Client.of(ado.organizationUrl("fabrikam")).pat(org.user("bob@example.com").pat());
    base = ado.organizationUrl("fabrikam");
    return this;
  }

  static Map<String, Object> op(String op, String path, Object value) {
    return value == null
        ? Map.of("op", op, "path", path)
        : Map.of("op", op, "path", path, "value", value);
  }

  Client.Answer create(String type, List<Map<String, Object>> ops) {
    return alice.send(
        "POST",
        "Web/_apis/wit/workitems/$" + type.replace(" ", "%20") + "?api-version=7.1",
        PATCH,
        dev.adolink.emulator.http.Json.MAPPER.writeValueAsString(ops));
  }

  Client.Answer update(Client client, int id, List<Map<String, Object>> ops, String query) {
    return client.patch("_apis/wit/workitems/" + id + "?api-version=7.1" + query, ops, PATCH);
  }

  int createTask(String title) {
    return create("Task", List.of(op("add", "/fields/System.Title", title)))
        .json()
        .get("id")
        .asInt();
  }
}
