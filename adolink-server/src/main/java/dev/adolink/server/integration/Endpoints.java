package dev.adolink.server.integration;

import dev.adolink.server.system.PublicUrl;
import org.springframework.stereotype.Component;

/** The integration's own endpoints, as Azure DevOps and browsers reach them. */
@Component
class Endpoints {

  static final String SETUP_PATH = "/extensions/vsts/setup/";

  private final PublicUrl publicUrl;

  Endpoints(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  String webhook() {
    return publicUrl.resolve(ServiceHooks.PATH);
  }

  String setupCallback() {
    return publicUrl.resolve(SETUP_PATH);
  }
}
