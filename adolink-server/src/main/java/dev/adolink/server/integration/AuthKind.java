package dev.adolink.server.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an installation authenticates to Azure DevOps. */
public enum AuthKind {
  /** a personal access token */
  PAT,
  /** an Entra ID app with client credentials, added as a user to the ADO organization */
  SERVICE_PRINCIPAL,
  /** a user's Entra ID OAuth tokens (the browser install flow) */
  OAUTH,
  /** a user's tokens from the retired Azure DevOps OAuth service; only refreshed, never issued */
  OAUTH_LEGACY;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
