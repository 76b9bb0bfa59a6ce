package dev.adolink.server.system;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies bound to records are read strictly (DESIGN: wrong types are a 400): a number or a
 * boolean is not a string ({@code {"title": 12345}}, {@code {"slug": true}}), a string or a
 * fraction is not a whole number, and only {@code true}/{@code false} are booleans. Jackson would
 * otherwise coerce them silently. Only the HTTP message converter is strict: the application's
 * {@link JsonMapper} keeps reading stored JSON and Azure DevOps payloads tolerantly (STYLE: accept
 * ints where strings are documented and the reverse).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  /**
   * Replaces Boot's JSON converter in its place in the list (after the byte array and string
   * converters, so that {@code @RequestBody byte[]} and {@code String} bodies, e.g. the webhook
   * intake's, are still read raw). Declaring a converter bean instead would put it first.
   */
  @Bean
  ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper json) {
    JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(strict(json));
    return builder ->
        builder.configureMessageConvertersList(
            converters ->
                converters.replaceAll(
                    converter ->
                        converter instanceof JacksonJsonHttpMessageConverter ? strict : converter));
  }

  static JsonMapper strict(JsonMapper json) {
    return json.rebuild()
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Integer,
            config ->
                config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Float,
            config ->
                config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .build();
  }
}
