package dev.adolink.azure.auth;

/**
 * Told about every refresh, so the caller can store the new tokens (ADO and Entra ID rotate the
 * refresh token on each refresh; the old one may stop working). Called on the requesting thread,
 * after the new tokens are in use; an exception thrown here is logged and does not fail the call.
 */
@FunctionalInterface
public interface TokenListener {

  TokenListener NONE = tokens -> {};

  void refreshed(TokenSet tokens);
}
