package dev.adolink.azure.profile;

import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.ApiResource;
import dev.adolink.azure.transport.Transport;
import java.util.List;

final class HttpLocationApi implements LocationApi {

  private final Transport transport;

  HttpLocationApi(Transport transport) {
    this.transport = transport;
  }

  @Override
  public ConnectionData connectionData() {
    return transport.send(
        ApiCall.get("_apis/connectionData").resource(ApiResource.LOCATION).build(),
        ConnectionData.class);
  }

  @Override
  public List<ResourceArea> resourceAreas() {
    return transport.sendList(
        ApiCall.get("_apis/resourceAreas").resource(ApiResource.LOCATION).build(),
        ResourceArea.class);
  }
}
