package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For the UI's controllers only: the signed-in user on every page, blank form fields bound as
 * {@code null}, and failures as a readable page (the API's advice answers JSON; this one is asked
 * first).
 */
@ControllerAdvice(basePackageClasses = WebAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebAdvice {

  private static final Logger log = LoggerFactory.getLogger(WebAdvice.class);

  @ModelAttribute("currentUser")
  @Nullable AuthenticatedUser currentUser(
      @AuthenticationPrincipal @Nullable AuthenticatedUser user) {
    return user;
  }

  @InitBinder
  void blankAsNull(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @ExceptionHandler(ApiException.class)
  String refused(
      ApiException e,
      @AuthenticationPrincipal @Nullable AuthenticatedUser user,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("currentUser", user);
    return page(response, model, e.status().value(), e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  String failed(
      Exception e,
      @AuthenticationPrincipal @Nullable AuthenticatedUser user,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("currentUser", user);
    if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
      return page(response, model, known.getStatusCode().value(), e.getMessage());
    }
    if (e instanceof TypeMismatchException mismatch) {
      return page(response, model, 400, "'" + mismatch.getValue() + "' is not a valid value here.");
    }
    log.error("page failed", e);
    return page(response, model, 500, "Something went wrong on our side.");
  }

  private static String page(HttpServletResponse response, Model model, int status, String text) {
    response.setStatus(status);
    // Views see the request's path variables too: {org} would be a bare string to the header.
    model.addAttribute("org", null);
    model.addAttribute("status", status);
    model.addAttribute("message", text);
    return "web/error";
  }
}
