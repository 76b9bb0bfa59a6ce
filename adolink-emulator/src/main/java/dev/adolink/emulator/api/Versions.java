package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.ApiVersion;
import dev.adolink.emulator.store.Organization;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * api-version rules: from the query ({@code ?api-version=}) or the {@code Accept} header ({@code
 * application/json; api-version=7.1}); accepted from the route's minimum (1.0 unless {@link
 * Route#since}) to 7.2-preview (7.2 only as preview); {@code -preview} required on preview
 * resources; an organization's {@code apiVersionMax} caps it.
 */
final class Versions {

  private static final Pattern ACCEPT =
      Pattern.compile("api-version\\s*=\\s*([^;,\\s]+)", Pattern.CASE_INSENSITIVE);

  private Versions() {}

  static void check(Request request, Route route, Organization org) {
    if (route.versioning() == Route.Versioning.NONE) {
      return;
    }
    Optional<String> text = requested(request);
    if (text.isEmpty()) {
      if (route.versioning() == Route.Versioning.REQUIRED) {
        throw AdoException.versionNotSpecified(request.method());
      }
      return;
    }
    ApiVersion version =
        ApiVersion.parse(text.get()).orElseThrow(() -> AdoException.invalidVersion(text.get()));
    if (version.compareTo(route.minVersion()) < 0) {
      throw AdoException.versionOutOfRangeForRoute(version, route.template().toString());
    }
    ApiVersion max =
        org == null ? ApiVersion.MAX : org.settings().apiVersionMax().orElse(ApiVersion.MAX);
    if (version.compareTo(max) > 0) {
      throw AdoException.versionOutOfRange(version, max);
    }
    boolean previewOnly = route.isPreview() || version.compareTo(ApiVersion.LATEST_RELEASED) > 0;
    if (previewOnly && !version.preview()) {
      throw AdoException.previewRequired(version);
    }
    request.apiVersion(version);
  }

  private static Optional<String> requested(Request request) {
    Optional<String> query = request.query().get("api-version");
    if (query.isPresent() && !query.get().isBlank()) {
      return query;
    }
    return request.header("Accept").map(ACCEPT::matcher).filter(Matcher::find).map(m -> m.group(1));
  }
}
