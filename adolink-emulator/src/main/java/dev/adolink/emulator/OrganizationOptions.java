package dev.adolink.emulator;

import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.store.OrganizationSettings;
import java.util.Optional;

/**
 * How a new organization behaves: {@link #cloud()} is Azure DevOps Services with work item search;
 * {@link #server(String)} acts as Azure DevOps Server of that api-version (every area on its own
 * host, versions above it rejected); {@link #withoutSearch()} has no search area.
 */
public final class OrganizationOptions {

  private final Optional<ApiVersion> apiVersionMax;
  private final boolean search;

  private OrganizationOptions(Optional<ApiVersion> apiVersionMax, boolean search) {
    this.apiVersionMax = apiVersionMax;
    this.search = search;
  }

  /** Azure DevOps Services, with work item search. */
  public static OrganizationOptions cloud() {
    return new OrganizationOptions(Optional.empty(), true);
  }

  /**
   * Azure DevOps Server answering api-versions up to {@code apiVersionMax} (e.g. {@code "6.0"}).
   */
  public static OrganizationOptions server(String apiVersionMax) {
    ApiVersion max =
        ApiVersion.parse(apiVersionMax)
            .orElseThrow(() -> new IllegalArgumentException("bad api-version " + apiVersionMax));
    return new OrganizationOptions(Optional.of(max), true);
  }

  /** The same, without the work item search area. */
  public OrganizationOptions withoutSearch() {
    return search(false);
  }

  /** The same, with or without the work item search area. */
  public OrganizationOptions search(boolean search) {
    return new OrganizationOptions(apiVersionMax, search);
  }

  OrganizationSettings settings() {
    return new OrganizationSettings(apiVersionMax, search);
  }
}
