package dev.adolink.azure.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.EmulatedAdo.Logged;
import dev.adolink.emulator.control.Admin;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GraphEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private Organization organization(Admin.CreatedOrganization org) {
    return ado.client()
        .organization(ado.url(org), PersonalAccessToken.of(org.user(EmulatedAdo.ALICE).pat()));
  }

  @Test
  void listsEveryUserOnTheGraphHostFoundThroughResourceAreas() {
    Admin.CreatedOrganization created = ado.organization();
    IntStream.range(0, 120)
        .forEach(
            i ->
                ado.emulator()
                    .addUser(
                        created.name(),
                        new Admin.UserSpec("user" + i + "@example.com", "User " + i)));
    Organization org = organization(created);

    List<GraphUser> users = org.graph().users().toList();

    assertThat(users)
        .hasSizeGreaterThanOrEqualTo(121)
        .extracting(GraphUser::descriptor)
        .doesNotHaveDuplicates();
    List<Logged> requests = ado.requests();
    assertThat(requests.get(0).path()).isEqualTo("/" + created.name() + "/_apis/resourceAreas");
    assertThat(requests.subList(1, requests.size()))
        .allSatisfy(
            l -> {
              assertThat(l.path())
                  .isEqualTo("/_hosts/vssps/" + created.name() + "/_apis/graph/users");
              assertThat(l.query()).contains("api-version=7.1-preview.1");
            });
  }

  @Test
  void findsAUserByEmailIgnoringCase() {
    Organization org = organization(ado.organization());

    assertThat(org.graph().findUserByEmail("ALICE@example.com"))
        .hasValueSatisfying(
            user -> {
              assertThat(user.normalizedEmail()).contains(EmulatedAdo.ALICE);
              assertThat(user.displayName()).isEqualTo("Alice Example");
              assertThat(user.descriptor()).isNotBlank();
            });
    assertThat(org.graph().findUserByEmail("nobody@example.com")).isEmpty();
  }

  @Test
  void findsAUserOnAServerWithoutLeavingTheCollectionUrl() {
    Admin.CreatedOrganization server = ado.server("7.0", true);
    Organization org = organization(server);

    assertThat(org.graph().findUserByEmail(EmulatedAdo.ALICE)).isPresent();
    assertThat(ado.requests())
        .extracting(Logged::path)
        .allSatisfy(p -> assertThat(p).startsWith("/" + server.name() + "/_apis/"));
  }

  @Test
  void readsImsIdentitiesByMailAddress() {
    Organization org = organization(ado.organization());

    assertThat(org.graph().identitiesByEmail(EmulatedAdo.ALICE))
        .singleElement()
        .satisfies(identity -> assertThat(identity.mail()).isEqualTo(EmulatedAdo.ALICE));
    assertThat(ado.requests().get(ado.requests().size() - 1).query())
        .contains("searchFilter=MailAddress")
        .contains("filterValue=alice@example.com");
  }

  @Test
  void identityValuesComeOutTheSameFromEverySource() {
    Identity fromGraph =
        organization(ado.organization()).graph().findUserByEmail(EmulatedAdo.ALICE).orElseThrow();

    assertThat(fromGraph.asFieldValue()).isEqualTo("Alice Example <alice@example.com>");
  }
}
