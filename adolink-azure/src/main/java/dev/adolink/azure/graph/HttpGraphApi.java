package dev.adolink.azure.graph;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.paging.Page;
import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.ApiResource;
import dev.adolink.azure.transport.ApiResponse;
import dev.adolink.azure.transport.ApiVersion;
import dev.adolink.azure.transport.Host;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Optional;

final class HttpGraphApi implements GraphApi {

  /** Graph is preview in every version ({@code 7.1-preview.1}). */
  static final ApiResource GRAPH = ApiResource.preview("graph users", ApiVersion.V5_0, 1);

  private final Transport transport;

  HttpGraphApi(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Paged<GraphUser> users() {
    return Paged.of(
        cursor -> {
          ApiResponse response =
              transport.execute(
                  ApiCall.get("_apis/graph/users")
                      .host(Host.GRAPH)
                      .resource(GRAPH)
                      .query("continuationToken", cursor)
                      .build());
          String next =
              response.header("X-MS-ContinuationToken").filter(t -> !t.isBlank()).orElse(null);
          return new Page<>(response.decodeList(GraphUser.class), next);
        });
  }

  @Override
  public List<IdentityEntry> identitiesByEmail(String email) {
    return transport.sendList(
        ApiCall.get("_apis/identities")
            .host(Host.IDENTITIES)
            .query("searchFilter", "MailAddress")
            .query("filterValue", email)
            .query("queryMembership", "None")
            .build(),
        IdentityEntry.class);
  }

  @Override
  public Optional<Identity> findUserByEmail(String email) {
    String wanted = email.trim();
    if (transport.offers(Host.GRAPH)) {
      return users().stream()
          .filter(
              user ->
                  wanted.equalsIgnoreCase(String.valueOf(user.mailAddress()))
                      || wanted.equalsIgnoreCase(String.valueOf(user.principalName())))
          .findFirst()
          .map(
              user ->
                  new Identity(
                      user.displayName(),
                      user.mailAddress() == null || user.mailAddress().isBlank()
                          ? user.principalName()
                          : user.mailAddress(),
                      null,
                      user.descriptor()));
    }
    return identitiesByEmail(wanted).stream()
        .filter(identity -> identity.mail() == null || wanted.equalsIgnoreCase(identity.mail()))
        .findFirst()
        .map(
            identity ->
                new Identity(
                    identity.displayName(),
                    identity.mail() == null ? wanted : identity.mail(),
                    identity.id(),
                    identity.subjectDescriptor() != null
                        ? identity.subjectDescriptor()
                        : identity.descriptor()));
  }
}
