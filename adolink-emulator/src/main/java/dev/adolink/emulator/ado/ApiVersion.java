package dev.adolink.emulator.ado;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ADO api-version: {@code {major}.{minor}[-preview[.{resourceVersion}]]}. */
public record ApiVersion(int major, int minor, boolean preview, int resourceVersion)
    implements Comparable<ApiVersion> {

  /**
   * The lowest version of a resource that has been there from the start: Azure DevOps Services
   * still accepts 1.0 ({@code profiles/me?api-version=1.0} is what many OAuth libraries call).
   * Resources added later say since when with {@code Route.since}.
   */
  public static final ApiVersion MIN = new ApiVersion(1, 0, false, 0);

  /** The latest released version; 7.2 exists only as preview. */
  public static final ApiVersion LATEST_RELEASED = new ApiVersion(7, 1, false, 0);

  /** The highest version the emulator accepts (with the preview flag). */
  public static final ApiVersion MAX = new ApiVersion(7, 2, true, 0);

  private static final Pattern FORMAT =
      Pattern.compile("(\\d+)\\.(\\d+)(-preview(?:\\.(\\d+))?)?", Pattern.CASE_INSENSITIVE);

  public static Optional<ApiVersion> parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiVersion(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            m.group(3) != null,
            m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
  }

  /** Compares major and minor only: {@code 7.1-preview.3} and {@code 7.1} are the same version. */
  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  public boolean atLeast(int major, int minor) {
    return compareTo(new ApiVersion(major, minor, false, 0)) >= 0;
  }

  /** {@code 7.1}, without the preview suffix. */
  public String number() {
    return major + "." + minor;
  }

  @Override
  public String toString() {
    if (!preview) {
      return number();
    }
    return number() + "-preview" + (resourceVersion > 0 ? "." + resourceVersion : "");
  }
}
