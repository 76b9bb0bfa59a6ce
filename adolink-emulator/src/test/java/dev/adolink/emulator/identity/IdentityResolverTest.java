package dev.adolink.emulator.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.emulator.events.EventBus;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.OrganizationSettings;
import dev.adolink.emulator.store.Store;
import dev.adolink.emulator.store.User;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

  private final Store store = new Store(Clock.systemUTC(), new EventBus());
  private final Organization org =
      store.createOrganization("fabrikam", OrganizationSettings.cloud());
  private final User jamal = member("fabrikamfiber4@hotmail.com", "Jamal Hartnett");

  private User member(String email, String name) {
    User user = store.directory().user(email, name);
    org.addMember(user);
    return user;
  }

  @Test
  void acceptsAnEmailInAnyCase() {
    assertThat(IdentityResolver.resolve(org, "FabrikamFiber4@hotmail.com")).contains(jamal);
  }

  @Test
  void acceptsNameWithEmail() {
    assertThat(IdentityResolver.resolve(org, "Jamal Hartnett<fabrikamfiber4@hotmail.com>"))
        .contains(jamal);
  }

  @Test
  void acceptsAUniqueDisplayNameOnly() {
    assertThat(IdentityResolver.resolve(org, "jamal hartnett")).contains(jamal);
    member("other@example.com", "Jamal Hartnett");
    assertThat(IdentityResolver.resolve(org, "Jamal Hartnett")).isEmpty();
  }

  @Test
  void acceptsTheIdentityId() {
    assertThat(IdentityResolver.resolve(org, jamal.id().toString())).contains(jamal);
  }

  @Test
  void findsNobodyOutsideTheOrganization() {
    store.directory().user("stranger@example.com", "Stranger");

    assertThat(IdentityResolver.resolve(org, "stranger@example.com")).isEmpty();
  }
}
