package dev.adolink.emulator.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * An identity: a person or a service principal. Identities are global (the same person has the same
 * id in every organization, as within one Entra tenant); organizations list their members.
 *
 * @param id the identity id ({@code IdentityRef.id}, profile id, {@code memberId})
 * @param originId the directory object id (Entra oid; the app's object id for a service principal)
 */
public record User(UUID id, String email, String displayName, Kind kind, UUID originId) {

  /** The kind of identity. */
  public enum Kind {
    USER,
    SERVICE_PRINCIPAL
  }

  /** The tenant all emulated identities belong to. */
  public static final UUID TENANT = UUID.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");

  /**
   * The graph subject descriptor, e.g. {@code aad.NjJhOWYx...}: the subject type and the base64 of
   * the storage key, which is the identity id (see {@code graph/storagekeys}).
   */
  public String descriptor() {
    String prefix = kind == Kind.USER ? "aad." : "aadsp.";
    return prefix
        + Base64.getEncoder()
            .withoutPadding()
            .encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The identity descriptor of the IMS identities API. */
  public String identityDescriptor() {
    return "Microsoft.IdentityModel.Claims.ClaimsIdentity;" + TENANT + "\\" + email;
  }

  /** {@code Display Name <email>}, the identity string of work item fields in 4.x and webhooks. */
  public String nameWithEmail() {
    return displayName + " <" + email + ">";
  }
}
