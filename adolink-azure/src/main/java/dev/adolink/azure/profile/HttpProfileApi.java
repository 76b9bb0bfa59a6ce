package dev.adolink.azure.profile;

import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.ApiResource;
import dev.adolink.azure.transport.Host;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Optional;

final class HttpProfileApi implements ProfileApi {

  private final Transport transport;

  HttpProfileApi(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Profile me() {
    return transport.send(
        ApiCall.get("_apis/profile/profiles/me").host(Host.GLOBAL).build(), Profile.class);
  }

  @Override
  public List<Account> accounts(String memberId) {
    return transport.sendList(
        ApiCall.get("_apis/accounts").host(Host.GLOBAL).query("memberId", memberId).build(),
        Account.class);
  }

  @Override
  public ConnectionData connectionData() {
    return transport.send(
        ApiCall.get("_apis/connectionData")
            .host(Host.GLOBAL)
            .resource(ApiResource.LOCATION)
            .build(),
        ConnectionData.class);
  }

  @Override
  public Optional<String> organizationUrl(String accountId) {
    try {
      ResourceArea area =
          transport.send(
              ApiCall.get("_apis/resourceAreas/{}", ResourceArea.CORE)
                  .host(Host.GLOBAL)
                  .resource(ApiResource.LOCATION)
                  .query("hostId", accountId)
                  .build(),
              ResourceArea.class);
      String url = area.locationUrl();
      return url.isBlank() ? Optional.empty() : Optional.of(url.endsWith("/") ? url : url + "/");
    } catch (NotFoundException unknown) {
      return Optional.empty();
    }
  }
}
