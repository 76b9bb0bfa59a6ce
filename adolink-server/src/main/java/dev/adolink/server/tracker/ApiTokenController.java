package dev.adolink.server.tracker;

import dev.adolink.server.system.AuthenticatedUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any user gets API tokens for themselves, authenticated with Basic {@code email:password} or an
 * existing token. The token acts as that user; it is shown only in this answer.
 */
@RestController
class ApiTokenController {

  record TokenJson(String token, String userId, String email) {}

  private final Accounts accounts;

  ApiTokenController(Accounts accounts) {
    this.accounts = accounts;
  }

  @PostMapping("/api/0/api-tokens/")
  @ResponseStatus(HttpStatus.CREATED)
  TokenJson create(@AuthenticationPrincipal AuthenticatedUser user) {
    return new TokenJson(accounts.createToken(user.id()), String.valueOf(user.id()), user.email());
  }
}
