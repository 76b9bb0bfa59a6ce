package dev.adolink.emulator.store;

import dev.adolink.emulator.ado.ApiVersion;
import java.util.Optional;

/**
 * How an organization behaves.
 *
 * @param apiVersionMax present: the organization acts as Azure DevOps Server of that version (all
 *     areas on its own host, versions above it rejected)
 * @param search whether work item search (the almsearch host) is available
 */
public record OrganizationSettings(Optional<ApiVersion> apiVersionMax, boolean search) {

  public static OrganizationSettings cloud() {
    return new OrganizationSettings(Optional.empty(), true);
  }

  /** Azure DevOps Server: no hosts beyond its own, no versions above {@code max}. */
  public boolean server() {
    return apiVersionMax.isPresent();
  }
}
