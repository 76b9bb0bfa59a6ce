package dev.adolink.server.integration;

import dev.adolink.server.system.SecretCipher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Encrypts what goes into the database: credentials (as JSON) and webhook secrets. */
@Component
class CredentialVault {

  private final SecretCipher cipher;
  private final JsonMapper json;

  CredentialVault(SecretCipher cipher, JsonMapper json) {
    this.cipher = cipher;
    this.json = json;
  }

  String seal(StoredCredentials credentials) {
    return cipher.encrypt(json.writeValueAsString(credentials));
  }

  StoredCredentials open(String sealed) {
    return json.readValue(cipher.decrypt(sealed), StoredCredentials.class);
  }

  String sealSecret(String secret) {
    return cipher.encrypt(secret);
  }

  String openSecret(String sealed) {
    return cipher.decrypt(sealed);
  }
}
