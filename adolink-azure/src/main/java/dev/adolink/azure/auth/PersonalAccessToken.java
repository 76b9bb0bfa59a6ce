package dev.adolink.azure.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A personal access token, sent as {@code Basic base64(":" + pat)} (ADO ignores the user name). */
public final class PersonalAccessToken implements Credentials {

  private final String header;

  private PersonalAccessToken(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("a personal access token must not be blank");
    }
    this.header =
        "Basic "
            + Base64.getEncoder().encodeToString((":" + token).getBytes(StandardCharsets.UTF_8));
  }

  public static PersonalAccessToken of(String token) {
    return new PersonalAccessToken(token);
  }

  @Override
  public String authorization(AuthContext context) {
    return header;
  }

  @Override
  public String toString() {
    return "PersonalAccessToken[****]";
  }
}
