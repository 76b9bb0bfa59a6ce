package dev.adolink.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decoded query parameters (or a form body), looked up case-insensitively as ADO does ({@code
 * $top}, {@code $Top}, {@code searchCriteria.itemVersion.version}).
 */
public final class QueryString {

  private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private QueryString() {}

  public static QueryString parse(String raw) {
    QueryString query = new QueryString();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  /** The first value of the first of {@code names} that is present. */
  public Optional<String> get(String... names) {
    for (String name : names) {
      List<String> found = values.get(name);
      if (found != null && !found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** An integer parameter; a value that is not a number is a {@link BadRequest}. */
  public Optional<Integer> integer(String... names) {
    Optional<String> text = get(names);
    if (text.isEmpty() || text.get().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.get().trim()));
    } catch (NumberFormatException e) {
      throw new BadRequest(
          "The value '" + text.get() + "' is not valid for the parameter '" + names[0] + "'.");
    }
  }

  /**
   * An enum parameter as its declared name, given as a name (any case) or a number; empty when
   * absent or blank; 400 when it is neither.
   */
  public Optional<String> enumeration(WireEnum type, String... names) {
    for (String name : names) {
      Optional<String> text = get(name);
      if (text.isPresent() && !text.get().isBlank()) {
        return Optional.of(type.name(name, text.get()));
      }
    }
    return Optional.empty();
  }

  public boolean bool(String name, boolean fallback) {
    return get(name)
        .map(v -> v.isBlank() ? fallback : Boolean.parseBoolean(v.trim()))
        .orElse(fallback);
  }

  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(values);
  }
}
