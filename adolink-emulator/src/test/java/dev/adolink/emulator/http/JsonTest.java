package dev.adolink.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonTest {

  @Test
  void aRequestPropertyIsFoundInAnyCaseAndTheExactSpellingWins() {
    JsonNode body =
        Json.MAPPER.readTree("{\"IsDeleted\": false, \"name\": \"a\", \"Name\": \"b\"}");

    assertThat(Json.field(body, "isDeleted").asBoolean(true)).isFalse();
    assertThat(Json.text(body, "NAME", null)).isEqualTo("a");
    assertThat(Json.text(body, "Name", null)).isEqualTo("b");
  }

  @Test
  void anAbsentPropertyIsMissingOrNull() {
    JsonNode body = Json.MAPPER.readTree("{\"a\": 1}");

    assertThat(Json.field(body, "b").isMissingNode()).isTrue();
    assertThat(Json.get(body, "b")).isNull();
    assertThat(Json.field(Json.array(), "a").isMissingNode()).isTrue();
  }
}
