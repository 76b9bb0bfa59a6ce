package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Why a form was refused, as the API says it ({@code {"detail", "errors"}}): shown above the form
 * named {@code form}, each field's message next to that field; {@code status} is the API's.
 */
record FormErrors(String form, int status, String detail, Map<String, String> fields) {

  static FormErrors of(String form, ApiException e) {
    return new FormErrors(form, e.status().value(), e.body().detail(), e.body().errors());
  }

  /** Bean validation of a bound request, worded as the API words it. */
  static FormErrors of(String form, BindingResult result) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldError error : result.getFieldErrors()) {
      fields.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage()));
    }
    return of(form, ApiException.invalid(fields));
  }

  public boolean isFor(String name) {
    return form.equals(name);
  }

  public @Nullable String field(String name) {
    return fields.get(name);
  }
}
