package dev.adolink.server.tracker;

import dev.adolink.server.system.ApiException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A server started on an empty database has no user, so nobody could sign in: the first-run page
 * creates the first owner (a superuser), and only while no user exists. The row of {@code
 * first_run} is written in the same transaction, so two first runs at once create one owner.
 */
@Service
public class FirstRun {

  private final UserRepository users;
  private final Accounts accounts;
  private final Clock clock;

  FirstRun(UserRepository users, Accounts accounts, Clock clock) {
    this.users = users;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Whether no user exists yet, so the first-run page is open. */
  public boolean open() {
    return !users.any();
  }

  /** Creates the first owner; a 403 once any user exists, a 400 naming the field for bad input. */
  @Transactional
  public UserRef createOwner(String email, String name, String password) {
    Map<String, String> errors = new LinkedHashMap<>();
    String address = email == null ? "" : email.strip();
    if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 254) {
      errors.put("email", "must be an email address, like you@example.com");
    }
    String shown = name == null ? "" : name.strip();
    if (shown.isEmpty() || shown.length() > 200) {
      errors.put("name", "is required, at most 200 characters");
    }
    if (password == null || password.length() < 8 || password.length() > 200) {
      errors.put("password", "must be 8 to 200 characters long");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    try {
      users.claimFirstRun(clock.instant());
    } catch (DataIntegrityViolationException e) {
      throw closed();
    }
    if (users.any()) {
      throw closed();
    }
    return accounts.createUser(address, shown, password, true);
  }

  private static ApiException closed() {
    return ApiException.forbidden(
        "adolink already has its first user. Sign in, or ask an owner to add you.");
  }
}
