package dev.adolink.emulator.fidelity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares the structure of a response with an example's: every key of the example must be present
 * with the same JSON type, recursively. For arrays, a key counts as required when every element of
 * the example has it, and every element of the response must satisfy that; a non-empty example
 * array needs a non-empty response array, and a null element in it allows nulls. Values themselves
 * are not compared; a null in the example accepts anything. Paths listed as ignored (JSON pointer,
 * {@code *} for any element) are skipped.
 */
final class Shapes {

  private final Set<String> ignored;
  private final List<String> problems = new ArrayList<>();

  private Shapes(List<String> ignored) {
    this.ignored = new HashSet<>(ignored);
  }

  /** The differences, one line each; empty when the response has the example's shape. */
  static List<String> differences(JsonNode example, JsonNode actual, List<String> ignored) {
    Shapes shapes = new Shapes(ignored);
    shapes.compare(List.of(example), actual, "");
    return shapes.problems;
  }

  private void compare(List<JsonNode> examples, JsonNode actual, String path) {
    if (ignored.contains(path) || examples.isEmpty()) {
      return;
    }
    JsonNode first = examples.get(0);
    if (first == null || first.isNull()) {
      return;
    }
    if (actual == null || actual.isMissingNode()) {
      problems.add(path + ": missing");
      return;
    }
    String expected = kind(first);
    if (!expected.equals(kind(actual))) {
      problems.add(
          path
              + ": expected "
              + expected
              + " but was "
              + kind(actual)
              + " ("
              + abbreviate(actual)
              + ")");
      return;
    }
    if (first.isObject()) {
      for (String key : commonKeys(examples)) {
        List<JsonNode> children = new ArrayList<>();
        examples.forEach(e -> children.add(e.get(key)));
        String child = path + "/" + key;
        if (!actual.has(key)) {
          if (!ignored.contains(child)) {
            problems.add(child + ": missing");
          }
          continue;
        }
        compare(children, actual.get(key), child);
      }
    } else if (first.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      examples.forEach(e -> e.forEach(elements::add));
      // a null element (errorPolicy=omit's missing item) allows nulls in the response
      boolean nullsAllowed = elements.removeIf(JsonNode::isNull);
      if (elements.isEmpty()) {
        return;
      }
      if (actual.isEmpty() && !ignored.contains(path + "/*")) {
        problems.add(path + ": empty, but the example has elements");
      }
      for (JsonNode element : actual) {
        if (!(nullsAllowed && element.isNull())) {
          compare(elements, element, path + "/*");
        }
      }
    }
  }

  /** The keys every example object has (non-objects contribute nothing). */
  private static Set<String> commonKeys(List<JsonNode> examples) {
    Set<String> keys = null;
    for (JsonNode example : examples) {
      if (example == null || !example.isObject()) {
        continue;
      }
      Set<String> own = new LinkedHashSet<>(example.propertyNames());
      if (keys == null) {
        keys = own;
      } else {
        keys.retainAll(own);
      }
    }
    return keys == null ? Set.of() : keys;
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isString()) {
      return "string";
    }
    return node.isNull() ? "null" : "other";
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
