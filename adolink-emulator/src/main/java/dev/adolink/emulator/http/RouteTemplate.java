package dev.adolink.emulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A path template such as {@code {org}/{project?}/_apis/git/repositories/{repositoryId}/commits}.
 * Literal segments match case-insensitively; {@code {name}} captures one segment; {@code {name?}}
 * is an optional segment (the spec's {@code x-ms-required: false}); {@code ${type}} is a literal
 * prefix followed by a capture; {@code {*name}} at the end captures the rest of the path.
 */
public final class RouteTemplate {

  private enum Kind {
    LITERAL(4),
    PREFIXED(3),
    PARAM(2),
    OPTIONAL(2),
    REST(1);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  private record Segment(Kind kind, String text, String name) {}

  /** The captured parameters and how specific the match was (higher wins). */
  public record Match(Map<String, String> params, int score) {}

  private final String text;
  private final List<Segment> segments = new ArrayList<>();

  /** The fewest and the most path segments the template can match (a request tries them all). */
  private final int fewest;

  private final int most;

  public RouteTemplate(String text) {
    this.text = text;
    for (String part : text.split("/")) {
      segments.add(segment(part));
    }
    int one = 0;
    int optional = 0;
    boolean rest = false;
    for (Segment s : segments) {
      switch (s.kind) {
        case OPTIONAL -> optional++;
        case REST -> rest = true;
        default -> one++;
      }
    }
    this.fewest = one;
    this.most = rest ? Integer.MAX_VALUE : one + optional;
  }

  private static Segment segment(String part) {
    int open = part.indexOf('{');
    if (open < 0 || !part.endsWith("}")) {
      return new Segment(Kind.LITERAL, part, null);
    }
    String name = part.substring(open + 1, part.length() - 1);
    if (open > 0) {
      return new Segment(Kind.PREFIXED, part.substring(0, open), name);
    }
    if (name.startsWith("*")) {
      return new Segment(Kind.REST, null, name.substring(1));
    }
    if (name.endsWith("?")) {
      return new Segment(Kind.OPTIONAL, null, name.substring(0, name.length() - 1));
    }
    return new Segment(Kind.PARAM, null, name);
  }

  /** Matches decoded path segments; {@code null} when the template does not match. */
  public Match match(List<String> path) {
    if (path.size() < fewest || path.size() > most) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    int score = match(path, 0, 0, params);
    return score < 0 ? null : new Match(params, score);
  }

  private int match(List<String> path, int at, int seg, Map<String, String> params) {
    if (seg == segments.size()) {
      return at == path.size() ? 0 : -1;
    }
    Segment s = segments.get(seg);
    if (s.kind == Kind.REST) {
      params.put(s.name, String.join("/", path.subList(Math.min(at, path.size()), path.size())));
      return s.kind.weight;
    }
    if (s.kind == Kind.OPTIONAL) {
      if (at < path.size() && !path.get(at).isEmpty()) {
        Map<String, String> tried = new HashMap<>(params);
        tried.put(s.name, path.get(at));
        int rest = match(path, at + 1, seg + 1, tried);
        if (rest >= 0) {
          params.putAll(tried);
          return rest + s.kind.weight;
        }
      }
      return match(path, at, seg + 1, params);
    }
    if (at >= path.size()) {
      return -1;
    }
    String value = path.get(at);
    switch (s.kind) {
      case LITERAL -> {
        if (!value.equalsIgnoreCase(s.text)) {
          return -1;
        }
      }
      case PREFIXED -> {
        if (value.length() <= s.text.length()
            || !value.regionMatches(true, 0, s.text, 0, s.text.length())) {
          return -1;
        }
        params.put(s.name, value.substring(s.text.length()));
      }
      default -> {
        if (value.isEmpty()) {
          return -1;
        }
        params.put(s.name, value);
      }
    }
    int rest = match(path, at + 1, seg + 1, params);
    return rest < 0 ? -1 : rest + s.kind.weight;
  }

  public boolean hasParam(String name) {
    return segments.stream().anyMatch(s -> name.equals(s.name));
  }

  @Override
  public String toString() {
    return text;
  }
}
