package dev.adolink.server.tracker;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.system.UserAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their passwords and API tokens. Tokens are random, shown once, and stored as their SHA-256
 * (they carry 256 bits of entropy, so a slow hash adds nothing); passwords are stored with the
 * delegating (bcrypt) encoder.
 */
@Service
class Accounts implements UserAuthenticator {

  private static final String TOKEN_PREFIX = "adl_";

  private final UserRepository users;
  private final ApiTokenRepository tokens;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final String unknownUserHash;

  Accounts(
      UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.passwords = passwords;
    this.clock = clock;
    this.unknownUserHash = passwords.encode("no such user");
  }

  static String normalizeEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  @Transactional
  UserRef createUser(String email, String name, @Nullable String password, boolean superuser) {
    String normalized = normalizeEmail(email);
    String hash = password == null ? null : passwords.encode(password);
    long id = users.insert(normalized, name, hash, superuser, clock.instant());
    return new UserRef(id, normalized, name);
  }

  Optional<UserRef> findByEmail(String email) {
    return users.findByEmail(normalizeEmail(email)).map(UserRepository.StoredUser::user);
  }

  /** Creates a new random token for the user and returns it; only its hash is kept. */
  @Transactional
  String createToken(long userId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    storeToken(userId, token);
    return token;
  }

  /** Stores a token chosen by the operator ({@code ADOLINK_BOOTSTRAP_API_TOKEN}). */
  @Transactional
  void storeToken(long userId, String token) {
    tokens.insert(userId, hash(token), clock.instant());
  }

  @Override
  public Optional<AuthenticatedUser> byApiToken(String token) {
    return tokens.findUserId(hash(token)).flatMap(users::findById).map(Accounts::authenticated);
  }

  @Override
  public Optional<AuthenticatedUser> byPassword(String email, String password) {
    Optional<UserRepository.StoredUser> user = users.findByEmail(normalizeEmail(email));
    String hash = user.map(UserRepository.StoredUser::passwordHash).orElse(null);
    // compare even for unknown users, so response time does not reveal which emails exist
    boolean matches = passwords.matches(password, hash == null ? unknownUserHash : hash);
    return matches && hash != null ? user.map(Accounts::authenticated) : Optional.empty();
  }

  private static AuthenticatedUser authenticated(UserRepository.StoredUser user) {
    return new AuthenticatedUser(user.user().id(), user.user().email(), user.superuser());
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
