package dev.adolink.server.web;

import dev.adolink.server.system.SignInThrottle;
import dev.adolink.server.tracker.FirstRun;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

  private final FirstRun firstRun;

  HomeController(FirstRun firstRun) {
    this.firstRun = firstRun;
  }

  /**
   * The sign-in page; {@code throttled} (seconds to wait) is set by the login's failure handler
   * when sign-in is paused after too many failures.
   */
  @GetMapping("/login")
  String login(@RequestParam(required = false) @Nullable String throttled, Model model) {
    if (throttled != null) {
      long seconds = parseSeconds(throttled);
      model.addAttribute(
          "throttled",
          "Too many failed sign-ins for this account or from this address: sign-in is paused."
              + " Try again in "
              + SignInThrottle.words(Duration.ofSeconds(seconds))
              + ".");
    }
    model.addAttribute("firstRun", firstRun.open());
    return "web/login";
  }

  private static long parseSeconds(String text) {
    try {
      return Math.min(Math.max(1, Long.parseLong(text)), 24 * 3600);
    } catch (NumberFormatException e) {
      return 60;
    }
  }

  @GetMapping("/")
  String home() {
    return "forward:/organizations/";
  }
}
