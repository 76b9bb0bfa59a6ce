package dev.adolink.server.integration;

import dev.adolink.server.system.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The URLs of adolink that Azure DevOps and browsers call back: the service hook intake and the
 * OAuth setup callback.
 */
@Component
class CallbackUrls {

  static final String SETUP_PATH = "/extensions/vsts/setup/";

  private final PublicUrl publicUrl;

  CallbackUrls(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  String webhook() {
    return publicUrl.resolve(ServiceHooks.PATH);
  }

  String setupCallback() {
    return publicUrl.resolve(SETUP_PATH);
  }
}
