package dev.adolink.azure.transport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A REST API version without its preview suffix, e.g. 7.1. Ordered by major, then minor. */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

  public static final ApiVersion V7_1 = new ApiVersion(7, 1);
  public static final ApiVersion V7_0 = new ApiVersion(7, 0);
  public static final ApiVersion V6_0 = new ApiVersion(6, 0);
  public static final ApiVersion V5_1 = new ApiVersion(5, 1);
  public static final ApiVersion V5_0 = new ApiVersion(5, 0);
  public static final ApiVersion V4_1 = new ApiVersion(4, 1);

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

  public ApiVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("not an api-version: " + major + "." + minor);
    }
  }

  /** Parses {@code 7.1}, {@code 7.1-preview} or {@code 7.1-preview.4} (the suffix is dropped). */
  public static ApiVersion parse(String text) {
    Matcher matcher = VERSION.matcher(text.trim());
    if (!matcher.lookingAt()) {
      throw new IllegalArgumentException("not an api-version: " + text);
    }
    return new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  public boolean isBefore(ApiVersion other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
