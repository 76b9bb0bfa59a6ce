package dev.adolink.emulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.support.Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Replays the official {@code httpExamples} of every endpoint the emulator serves against a seeded
 * emulator ({@code FidelityTest/seed.json}) and checks that each response has the structure of the
 * example. The cases ({@code FidelityTest/cases.json}) run in order (later pushes build on earlier
 * ones); each names its example file, and may map literal ids of the example to tokens of the
 * seeded data ({@code replace}), set the api-version, and list ignored paths with a reason.
 */
class FidelityTest {

  static final String ORG = "fabrikam";
  static AdoEmulator ado;

  @BeforeAll
  static void start() {
    ado = AdoEmulator.start();
    ado.seed(resource("seed.json"));
  }

  @AfterAll
  static void stop() {
    ado.close();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleHasTheShapeOfTheSpec() {
    JsonNode config = resource("cases.json");
    Map<String, String> global = map(config.path("replace"));
    Tokens tokens = new Tokens(ado, ORG);
    Client client = Client.of(ado.baseUrl()).pat(config.path("pat").asString());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : config.path("cases")) {
      Map<String, String> replace = new LinkedHashMap<>(global);
      replace.putAll(map(c.path("replace")));
      String name = c.path("example").asString();
      tests.add(
          DynamicTest.dynamicTest(name, () -> replay(client, tokens, Example.of(c, replace))));
    }
    return tests.stream();
  }

  private static void replay(Client client, Tokens tokens, Example example) {
    String url = tokens.resolve(example.url());
    String body = example.body() == null ? null : tokens.resolve(example.body());
    Client.Answer answer =
        client.send(example.method(), url, body == null ? null : example.contentType(), body);

    assertThat(answer.status())
        .as(example.method() + " " + url + " answered " + answer.body())
        .isEqualTo(example.status());
    if (example.status() == 204) {
      return;
    }
    List<String> differences =
        Shapes.differences(example.expected(), answer.json(), example.ignored());
    assertThat(differences).as(example.method() + " " + url + " → " + answer.body()).isEmpty();
  }

  private static Map<String, String> map(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    node.forEachEntry((k, v) -> map.put(k, v.asString()));
    return map;
  }

  static JsonNode resource(String name) {
    try (InputStream in = FidelityTest.class.getResourceAsStream("FidelityTest/" + name)) {
      return Json.MAPPER.readTree(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
