package dev.adolink.azure.graph;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Optional;

/** Users and identities of one organization. */
public interface GraphApi {

  static GraphApi over(Transport transport) {
    return new HttpGraphApi(transport);
  }

  /**
   * Every user in the graph, all pages ({@code X-MS-ContinuationToken}). Azure DevOps Services
   * only: a server without a graph resource area throws {@code UnsupportedFeatureException}.
   */
  Paged<GraphUser> users();

  /** IMS identities whose mail address is {@code email}. */
  List<IdentityEntry> identitiesByEmail(String email);

  /**
   * The user with this email (compared case-insensitively), through the graph where the
   * organization has one (stopping at the first match) and IMS identities elsewhere.
   */
  Optional<Identity> findUserByEmail(String email);
}
