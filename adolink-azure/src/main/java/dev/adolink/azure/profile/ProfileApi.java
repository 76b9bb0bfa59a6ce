package dev.adolink.azure.profile;

import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Optional;

/**
 * The global host ({@code app.vssps.visualstudio.com}): which user the credentials belong to and
 * which organizations they can reach. Needs OAuth or an all-organizations PAT.
 */
public interface ProfileApi {

  static ProfileApi over(Transport global) {
    return new HttpProfileApi(global);
  }

  Profile me();

  /** The organizations {@code memberId} (a {@link Profile#id()}) belongs to. */
  List<Account> accounts(String memberId);

  ConnectionData connectionData();

  /**
   * The base URL of an organization, from the core resource area of its account id ({@code
   * https://dev.azure.com/fabrikam/} or {@code https://fabrikam.visualstudio.com/}); empty when ADO
   * does not know the account.
   */
  Optional<String> organizationUrl(String accountId);
}
