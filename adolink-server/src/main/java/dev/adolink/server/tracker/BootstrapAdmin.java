package dev.adolink.server.tracker;

import dev.adolink.server.system.PublicUrl;
import dev.adolink.server.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with no users, creates the superuser from {@code ADOLINK_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code _PASSWORD}, and with {@code ADOLINK_BOOTSTRAP_API_TOKEN} an API token with exactly that
 * value. Later starts change nothing, whatever the variables say.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final SystemProperties.Bootstrap bootstrap;
  private final UserRepository users;
  private final Accounts accounts;

  private final PublicUrl publicUrl;

  BootstrapAdmin(
      SystemProperties properties, UserRepository users, Accounts accounts, PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
    this.bootstrap = properties.bootstrap();
    this.users = users;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.any()) {
      return;
    }
    if (!bootstrap.hasAdmin()) {
      log.warn(
          "No user exists yet, so nobody can sign in. Open {} to create the first owner, or"
              + " restart with ADOLINK_BOOTSTRAP_ADMIN_EMAIL and ADOLINK_BOOTSTRAP_ADMIN_PASSWORD"
              + " set to create that superuser (ADOLINK_BOOTSTRAP_API_TOKEN adds an API token).",
          publicUrl.resolve("/first-run"));
      return;
    }
    UserRef admin =
        accounts.createUser(
            bootstrap.adminEmail(), bootstrap.adminEmail(), bootstrap.adminPassword(), true);
    String token = bootstrap.apiToken();
    if (token != null && !token.isBlank()) {
      accounts.storeToken(admin.id(), token.trim());
    }
    log.info("created the bootstrap superuser {}", admin.email());
  }
}
