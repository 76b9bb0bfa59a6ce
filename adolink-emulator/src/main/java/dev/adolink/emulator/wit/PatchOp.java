package dev.adolink.emulator.wit;

import dev.adolink.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Patch operation of a work item write ({@code application/json-patch+json}): {@code add},
 * {@code replace}, {@code remove} or {@code test} on {@code /fields/{name}}, {@code /relations/-},
 * {@code /relations/{index}[/attributes/{name}]} or {@code /rev}.
 */
record PatchOp(String op, String path, JsonNode value) {

  /** What a path addresses. */
  enum Target {
    FIELD,
    RELATION_APPEND,
    RELATION,
    RELATION_ATTRIBUTE,
    REV,
    ID,
    FORMAT
  }

  /** Parses a patch document: a JSON array of {@code {op, path, value, from}}. */
  static List<PatchOp> parse(JsonNode body) {
    if (body == null || !body.isArray()) {
      throw WitErrors.argument("You must pass a valid patch document in the body of the request.");
    }
    List<PatchOp> ops = new ArrayList<>();
    for (JsonNode node : body) {
      String op = Json.enumText(node, "op", WitEnums.PATCH_OP, "");
      String path = Json.field(node, "path").asString("");
      if (!List.of("add", "replace", "remove", "test").contains(op)) {
        throw WitErrors.patchFailed(
            op.isEmpty()
                ? "Op is required."
                : "The '" + op + "' operation is not supported for work items.");
      }
      if (!path.startsWith("/")) {
        throw WitErrors.patchFailed("Path must start with a '/': '" + path + "'.");
      }
      PatchOp patch = new PatchOp(op, path, Json.get(node, "value"));
      patch.target();
      ops.add(patch);
    }
    return ops;
  }

  Target target() {
    String[] parts = path.substring(1).split("/", -1);
    String head = parts[0].toLowerCase(Locale.ROOT);
    if (head.equals("fields") && parts.length == 2 && !parts[1].isEmpty()) {
      return Target.FIELD;
    }
    if (head.equals("relations") && parts.length == 2) {
      return parts[1].equals("-") ? Target.RELATION_APPEND : relationIndex(Target.RELATION);
    }
    if (head.equals("relations")
        && parts.length == 4
        && parts[2].equalsIgnoreCase("attributes")
        && !parts[3].isEmpty()) {
      return relationIndex(Target.RELATION_ATTRIBUTE);
    }
    if (head.equals("rev") && parts.length == 1) {
      return Target.REV;
    }
    if (head.equals("id") && parts.length == 1) {
      return Target.ID;
    }
    if (head.equals("multilinefieldsformat") && parts.length == 2) {
      return Target.FORMAT;
    }
    throw WitErrors.patchFailed("The path '" + path + "' is not valid for a work item.");
  }

  private Target relationIndex(Target target) {
    index();
    return target;
  }

  /** The field name of a {@code /fields/{name}} path. */
  String field() {
    return path.substring(path.indexOf('/', 1) + 1);
  }

  /** The relation index of a {@code /relations/{index}...} path. */
  int index() {
    String segment = path.split("/")[2];
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      throw WitErrors.patchFailed("The relation index '" + segment + "' is not a number.");
    }
  }

  /** The attribute name of a {@code /relations/{index}/attributes/{name}} path. */
  String attribute() {
    return path.split("/")[4];
  }
}
