package dev.adolink.azure.transport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapper of the client, configured to read ADO tolerantly: unknown properties are ignored,
 * unknown enum values become the enum's {@code @JsonEnumDefaultValue} (UNKNOWN), enum names match
 * case-insensitively, numbers and strings are coerced into each other, and dates parse with any
 * number of fraction digits and with or without an offset. Writes leave out null properties, so
 * optional request fields are not sent.
 */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .addModule(
              new SimpleModule("adolink-lenient-dates")
                  .addDeserializer(Instant.class, new LenientInstantDeserializer()))
          .build();

  private Json() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
