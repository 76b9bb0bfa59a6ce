package dev.adolink.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScrubberTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void valuesOfKeysThatNameSecretsAreFilteredAtAnyDepthAndTheRestIsKept() {
    JsonNode extra =
        json.readTree(
            """
            {"environ": {"SENTRY_AUTH_TOKEN": "adl_x", "DB_PASSWORD": "p", "HOME": "/root",
                         "nested": {"api_key": 1, "apiKey": "k", "count": 2}},
             "headers": [["Authorization", "Bearer y"], ["Accept", "*/*"]],
             "session": null, "build": "42"}
            """);

    JsonNode scrubbed = Scrubber.scrub(extra);

    assertThat(scrubbed.toString())
        .isEqualTo(
            "{\"environ\":{\"SENTRY_AUTH_TOKEN\":\"[Filtered]\",\"DB_PASSWORD\":\"[Filtered]\","
                + "\"HOME\":\"/root\",\"nested\":{\"api_key\":\"[Filtered]\",\"apiKey\":\"[Filtered]\","
                + "\"count\":2}},\"headers\":[[\"Authorization\",\"[Filtered]\"],[\"Accept\",\"*/*\"]],"
                + "\"session\":null,\"build\":\"42\"}");
    assertThat(extra.get("environ").get("SENTRY_AUTH_TOKEN").asString()).isEqualTo("adl_x");
  }
}
