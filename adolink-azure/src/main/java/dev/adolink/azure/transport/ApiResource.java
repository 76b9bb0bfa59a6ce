package dev.adolink.azure.transport;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What an endpoint needs from the api-version: the first version that has it (as a preview), the
 * first version where it is released (no {@code -preview} suffix), and the preview revision per
 * version. Given the organization's negotiated version, it yields the {@code api-version} to send,
 * or nothing when the server is too old for it.
 *
 * @param name what the endpoint is, for error messages ("work item comments")
 * @param releasedSince null when the endpoint is preview in every version (comments, graph)
 * @param previewRevisions revision per first version it applies to, e.g. {5.1: 3, 7.1: 4} sends
 *     {@code 7.0-preview.3} to a 7.0 server and {@code 7.1-preview.4} to 7.1
 */
public record ApiResource(
    String name,
    ApiVersion since,
    @Nullable ApiVersion releasedSince,
    NavigableMap<ApiVersion, Integer> previewRevisions) {

  /** An endpoint released in every version the client talks to. */
  public static final ApiResource RELEASED =
      new ApiResource("REST API", ApiVersion.V4_1, ApiVersion.V4_1, new TreeMap<>());

  /** Location service ({@code connectionData}, {@code resourceAreas}): preview in every version. */
  public static final ApiResource LOCATION =
      new ApiResource(
          "location service", ApiVersion.V4_1, null, new TreeMap<>(Map.of(ApiVersion.V4_1, 1)));

  public ApiResource {
    previewRevisions = new TreeMap<>(previewRevisions);
  }

  /** An endpoint that is preview in every version, e.g. comments: {@code preview(.., 5.1, 3)}. */
  public static ApiResource preview(String name, ApiVersion since, int revision) {
    return new ApiResource(name, since, null, new TreeMap<>(Map.of(since, revision)));
  }

  /** An endpoint that is preview from {@code since} and released from {@code releasedSince}. */
  public static ApiResource previewUntil(
      String name, ApiVersion since, int revision, ApiVersion releasedSince) {
    return new ApiResource(name, since, releasedSince, new TreeMap<>(Map.of(since, revision)));
  }

  /** The same endpoint with another preview revision from {@code version} on. */
  public ApiResource withRevision(ApiVersion version, int revision) {
    NavigableMap<ApiVersion, Integer> revisions = new TreeMap<>(previewRevisions);
    revisions.put(version, revision);
    return new ApiResource(name, since, releasedSince, revisions);
  }

  /** The {@code api-version} value for a server whose highest version is {@code cap}. */
  public Optional<String> versionFor(ApiVersion cap) {
    if (cap.isBefore(since)) {
      return Optional.empty();
    }
    if (releasedSince != null && !cap.isBefore(releasedSince)) {
      return Optional.of(cap.toString());
    }
    Map.Entry<ApiVersion, Integer> revision = previewRevisions.floorEntry(cap);
    return Optional.of(cap + "-preview" + (revision == null ? "" : "." + revision.getValue()));
  }
}
