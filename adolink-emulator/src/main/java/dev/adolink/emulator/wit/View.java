package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.ApiVersion;
import java.util.List;

/**
 * How to render a work item: identity fields as IdentityRef objects (REST 5.0 and later) or as
 * {@code Name <email>} strings (REST 4.x, service hook payloads); which fields ({@code fields=},
 * {@code $expand=fields}); whether relations and {@code _links} are included.
 *
 * @param only the fields asked for with {@code fields=}, or {@code null} for the default set
 */
record View(
    boolean identityObjects,
    boolean allFields,
    List<String> only,
    boolean relations,
    boolean links) {

  /** A service hook payload: strings for identities, the default fields, relations, links. */
  static final View HOOK = new View(false, false, null, true, true);

  static boolean identityObjects(ApiVersion version) {
    return version.atLeast(5, 0);
  }

  View withLinks(boolean links) {
    return new View(identityObjects, allFields, only, relations, links);
  }
}
