package dev.adolink.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  @GetMapping("/login")
  String login() {
    return "web/login";
  }

  @GetMapping("/")
  String home() {
    return "forward:/organizations/";
  }
}
