package dev.adolink.azure.auth;

/**
 * A bearer access token used as is, without refresh: for a call right after an OAuth code exchange,
 * before the tokens are stored.
 */
public final class BearerToken implements Credentials {

  private final String token;

  private BearerToken(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("a bearer token must not be blank");
    }
    this.token = token;
  }

  public static BearerToken of(String token) {
    return new BearerToken(token);
  }

  @Override
  public String authorization(AuthContext context) {
    return "Bearer " + token;
  }

  @Override
  public String toString() {
    return "BearerToken[****]";
  }
}
