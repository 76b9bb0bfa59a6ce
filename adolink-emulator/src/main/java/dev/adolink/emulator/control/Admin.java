package dev.adolink.emulator.control;

import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Urls;
import dev.adolink.emulator.auth.Credentials;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.OrganizationSettings;
import dev.adolink.emulator.store.Store;
import dev.adolink.emulator.store.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Setting up data that has no ADO API: organizations, their users and PATs. Used by the control
 * API, the seed file and the Java API of {@code AdoEmulator}.
 */
public final class Admin {

  /** A user to add; {@code pat} fixes the PAT value (null: a random one). */
  public record UserSpec(String email, String displayName, String pat) {
    public UserSpec(String email, String displayName) {
      this(email, displayName, null);
    }
  }

  /** A user with the PAT issued for them (valid for every organization they belong to). */
  public record CreatedUser(
      UUID id, String email, String displayName, String descriptor, String pat) {}

  /** An organization as the control API answers it. */
  public record CreatedOrganization(UUID id, String name, String baseUrl, List<CreatedUser> users) {
    /** The user with this email. */
    public CreatedUser user(String email) {
      return users.stream()
          .filter(u -> u.email().equalsIgnoreCase(email))
          .findFirst()
          .orElseThrow();
    }
  }

  private final Store store;
  private final Credentials credentials;
  private final Urls urls;

  public Admin(Store store, Credentials credentials, Urls urls) {
    this.store = store;
    this.credentials = credentials;
    this.urls = urls;
  }

  public CreatedOrganization createOrganization(
      String name, List<UserSpec> users, OrganizationSettings settings) {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,49}")) {
      throw new IllegalArgumentException(
          "organization name must be letters, digits and dashes: " + name);
    }
    Organization org = store.createOrganization(name, settings);
    List<CreatedUser> created = new ArrayList<>();
    for (UserSpec spec : users) {
      created.add(addUser(org, spec));
    }
    return new CreatedOrganization(org.id(), org.name(), urls.org(org), created);
  }

  /**
   * Creates an organization from its JSON (control API and seed files): {@code {name, users:
   * [{email, displayName, pat?}], apiVersionMax?, search?}}.
   */
  public CreatedOrganization createOrganization(JsonNode json) {
    List<UserSpec> users = new ArrayList<>();
    for (JsonNode u : json.path("users")) {
      users.add(
          new UserSpec(
              Json.text(u, "email", null),
              Json.text(u, "displayName", null),
              Json.text(u, "pat", null)));
    }
    Optional<ApiVersion> max =
        Optional.ofNullable(Json.text(json, "apiVersionMax", null))
            .map(
                v ->
                    ApiVersion.parse(v)
                        .orElseThrow(() -> new IllegalArgumentException("bad apiVersionMax " + v)));
    return createOrganization(
        Json.text(json, "name", null),
        users,
        new OrganizationSettings(max, json.path("search").asBoolean(true)));
  }

  /** Adds a member to {@code org} and issues a PAT (all accessible organizations) for them. */
  public CreatedUser addUser(Organization org, UserSpec spec) {
    if (spec.email() == null || !spec.email().contains("@")) {
      throw new IllegalArgumentException("a user needs an email: " + spec.email());
    }
    User user = store.directory().user(spec.email(), spec.displayName());
    org.addMember(user);
    String pat =
        credentials.issuePat(user, Optional.empty(), Optional.ofNullable(spec.pat())).token();
    return new CreatedUser(user.id(), user.email(), user.displayName(), user.descriptor(), pat);
  }

  public Organization organization(String name) {
    return store
        .organization(name)
        .orElseThrow(() -> new IllegalArgumentException("no organization " + name));
  }

  /** The organization's base URL on {@code host}. */
  public String url(Organization org, Host host) {
    return urls.host(host, org);
  }
}
