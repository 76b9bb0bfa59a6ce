package dev.adolink.azure.profile;

import dev.adolink.azure.transport.Transport;
import java.util.List;

/** What one organization says about itself and the caller. */
public interface LocationApi {

  static LocationApi over(Transport organization) {
    return new HttpLocationApi(organization);
  }

  ConnectionData connectionData();

  /** The organization's resource areas and the hosts serving them. */
  List<ResourceArea> resourceAreas();
}
