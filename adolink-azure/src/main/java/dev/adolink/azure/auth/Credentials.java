package dev.adolink.azure.auth;

/**
 * Supplies the {@code Authorization} header of each request. Implementations are thread-safe and
 * never reveal their secrets in {@code toString()}.
 */
public interface Credentials {

  /**
   * The header value for the next request; refreshes or acquires a token first when needed.
   *
   * @throws dev.adolink.azure.error.ReauthorizationRequiredException when a refresh is refused
   */
  String authorization(AuthContext context);

  /**
   * Called when ADO answered 401 to a request sent with {@code rejected}. Returns true when a new
   * credential was obtained and the request is worth sending once more (an OAuth token that was
   * revoked or expired early); false when nothing can change (a PAT).
   */
  default boolean renewAfterRejection(String rejected, AuthContext context) {
    return false;
  }
}
