package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LenientInstantDeserializerTest {

  @Test
  void readsTheFormsAdoWritesAsTheJdksParsersDo() {
    List<String> dates =
        List.of(
            "2016-09-19T13:03:26.4285528Z",
            "2016-09-19T13:03:26Z",
            "2016-09-19T13:03:26.1Z",
            "2016-09-19T13:03:26.123456789Z",
            "2024-02-29T23:59:59.999+02:00",
            "2024-03-01T00:30:00-05:30",
            "2024-03-01T00:30:00+00:00",
            "0001-01-01T00:00:00",
            "2019-12-31T23:59:59.5",
            "1969-12-31T23:59:59.999999999Z");

    assertThat(dates)
        .allSatisfy(
            date ->
                assertThat(LenientInstantDeserializer.parse(date))
                    .as(date)
                    .isNotNull()
                    .isEqualTo(LenientInstantDeserializer.general(date)));
    assertThat(LenientInstantDeserializer.parse("2024-03-01T00:30:00-05:30"))
        .isEqualTo(Instant.parse("2024-03-01T06:00:00Z"));
  }

  @Test
  void leavesOtherFormsToTheJdksParsersAndRefusesWhatNeitherReads() {
    assertThat(LenientInstantDeserializer.parse("2016-09-19T13:03Z"))
        .isEqualTo(Instant.parse("2016-09-19T13:03:00Z"));
    assertThat(LenientInstantDeserializer.parse("2016-09-19T13:03:26+01:00:30"))
        .isEqualTo(Instant.parse("2016-09-19T12:02:56Z"));
    assertThat(
            List.of(
                "2023-02-29T10:00:00Z",
                "2016-09-19T25:00:00Z",
                "2016-09-19T13:03:26.1234567890Z",
                "2016-09-19 13:03:26Z",
                "2016-09-19T13:03:26+1:00",
                "yesterday"))
        .allSatisfy(date -> assertThat(LenientInstantDeserializer.parse(date)).as(date).isNull());
  }
}
