package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of {@code GROUPING.md}: for each platform an event, its title and culprit, changes
 * that keep it in its group and changes that make another group. Fixtures in {@code
 * src/test/resources/dev/adolink/server/ingest/GroupingTest/}.
 */
class GroupingTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final EventNormalizer NORMALIZER = new EventNormalizer(JSON);
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @TestFactory
  Stream<DynamicTest> eachPlatformsFixtureGroupsAsDocumented() {
    return Stream.of("java", "dotnet", "python", "javascript", "message", "fingerprint")
        .flatMap(GroupingTest::cases);
  }

  private static Stream<DynamicTest> cases(String name) {
    JsonNode fixture = fixture(name);
    JsonNode base = fixture.get("event");
    SentryEvent event = normalize(base);
    String hash = Grouping.of(event).hash();
    Stream<DynamicTest> summary =
        Stream.of(
            DynamicTest.dynamicTest(
                name + ": title and culprit",
                () -> {
                  EventSummary shown = EventSummary.of(event);
                  assertThat(shown.title()).isEqualTo(fixture.get("title").asString());
                  JsonNode culprit = fixture.get("culprit");
                  assertThat(shown.culprit())
                      .isEqualTo(culprit.isNull() ? null : culprit.asString());
                }));
    Stream<DynamicTest> same =
        fixture.get("sameGroup").properties().stream()
            .map(
                change ->
                    DynamicTest.dynamicTest(
                        name + ": same group with " + change.getKey(),
                        () ->
                            assertThat(
                                    Grouping.of(normalize(changed(base, change.getValue()))).hash())
                                .isEqualTo(hash)));
    Stream<DynamicTest> other =
        fixture.get("otherGroup").properties().stream()
            .map(
                change ->
                    DynamicTest.dynamicTest(
                        name + ": another group with " + change.getKey(),
                        () ->
                            assertThat(
                                    Grouping.of(normalize(changed(base, change.getValue()))).hash())
                                .isNotEqualTo(hash)));
    return Stream.concat(summary, Stream.concat(same, other));
  }

  @Nested
  class Messages {

    @Test
    void parametersAreReplacedByPlaceholders() {
      assertThat(
              Grouping.normalizeMessage(
                  "User ann@example.com from 10.0.0.7 got 404 for https://x.test/a?b=1 at"
                      + " 2026-01-02T03:04:05Z, id 3f2a91c4-0b1d-4c2e-9f00-0123456789ab, took 1.5"
                      + " ms, flag=true"))
          .isEqualTo(
              "User <email> from <ip> got <int> for <url> at <date>, id <uuid>, took <duration>,"
                  + " flag=<bool>");
    }

    @Test
    void onlyTheFirstTwoNonEmptyLinesCount() {
      assertThat(Grouping.normalizeMessage("first\n\nsecond\nthird")).isEqualTo("first\nsecond...");
    }
  }

  @Test
  void javaSourcePathsComeFromTheModule() {
    assertThat(EventSummary.javaPath("com.acme.shop.Cart$Line", "Cart.java"))
        .isEqualTo("com/acme/shop/Cart.java");
    assertThat(EventSummary.javaPath("Main", "Main.java")).isEqualTo("Main.java");
  }

  private static SentryEvent normalize(JsonNode event) {
    return NORMALIZER.normalize(event, "0123456789abcdef0123456789abcdef", NOW, null);
  }

  /** The event with each {@code "a.0.b": value} of {@code changes} set. */
  private static JsonNode changed(JsonNode base, JsonNode changes) {
    JsonNode copy = base.deepCopy();
    for (Map.Entry<String, JsonNode> change : changes.properties()) {
      String[] path = change.getKey().split("\\.");
      JsonNode node = copy;
      for (int i = 0; i < path.length - 1; i++) {
        node = node.isArray() ? node.get(Integer.parseInt(path[i])) : node.get(path[i]);
      }
      String last = path[path.length - 1];
      if (node.isArray()) {
        ((ArrayNode) node).set(Integer.parseInt(last), change.getValue());
      } else {
        ((ObjectNode) node).set(last, change.getValue());
      }
    }
    return copy;
  }

  private static JsonNode fixture(String name) {
    try (InputStream in =
        GroupingTest.class.getResourceAsStream("GroupingTest/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
