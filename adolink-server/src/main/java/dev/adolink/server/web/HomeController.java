package dev.adolink.server.web;

import dev.adolink.server.system.AuthenticatedUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  @GetMapping("/login")
  String login() {
    return "web/login";
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
    model.addAttribute("user", user);
    return "web/home";
  }
}
