package dev.adolink.server.tracker;

import dev.adolink.server.system.AuthenticatedUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sentry's API root, which {@code sentry-cli info} reads to check its token: who the token acts as
 * and its scopes. adolink's tokens act as their user, with what that user's memberships allow; the
 * scopes name what Sentry's clients may need a user token for.
 */
@RestController
class AuthInfoController {

  static final List<String> SCOPES =
      List.of(
          "org:read",
          "project:read",
          "project:write",
          "project:releases",
          "event:read",
          "event:write");

  record UserJson(String id, String email) {}

  record AuthJson(List<String> scopes) {}

  record AuthInfoJson(String version, UserJson user, AuthJson auth) {}

  @GetMapping("/api/0/")
  AuthInfoJson info(@AuthenticationPrincipal AuthenticatedUser user) {
    return new AuthInfoJson(
        "0", new UserJson(String.valueOf(user.id()), user.email()), new AuthJson(SCOPES));
  }
}
