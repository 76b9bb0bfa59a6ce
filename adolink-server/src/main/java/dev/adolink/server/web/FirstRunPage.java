package dev.adolink.server.web;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.FirstRun;
import dev.adolink.server.tracker.UserRef;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /first-run}: on a server with no user yet, creates the first owner (a superuser) and sends
 * them to sign in. Once a user exists the page is closed and leads to the sign-in page.
 */
@Controller
class FirstRunPage {

  static final String PATH = "/first-run";

  private final FirstRun firstRun;

  FirstRunPage(FirstRun firstRun) {
    this.firstRun = firstRun;
  }

  @GetMapping(PATH)
  String form(Model model) {
    if (!firstRun.open()) {
      return "redirect:/login";
    }
    model.addAttribute("submitted", Map.of());
    return "web/first-run";
  }

  @PostMapping(PATH)
  String create(
      @RequestParam(required = false) @Nullable String email,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String password,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    UserRef owner;
    try {
      owner = firstRun.createOwner(email, name, password);
    } catch (ApiException e) {
      if (!firstRun.open()) {
        redirect.addFlashAttribute("notice", e.getMessage());
        return "redirect:/login";
      }
      response.setStatus(e.status().value());
      model.addAttribute("errors", FormErrors.of("first-run", e));
      model.addAttribute(
          "submitted",
          Map.of("email", email == null ? "" : email, "name", name == null ? "" : name));
      return "web/first-run";
    }
    redirect.addFlashAttribute(
        "notice",
        "Your account "
            + owner.email()
            + " is ready. Sign in, then create your organization on the first page.");
    return "redirect:/login";
  }
}
