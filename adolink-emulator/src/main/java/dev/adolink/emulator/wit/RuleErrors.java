package dev.adolink.emulator.wit;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects rule violations of one save and throws them as ADO's {@code RuleValidationException}:
 * {@code TF401320: Rule Error for field Title. Error code: Required, InvalidEmpty.} with every
 * violation in {@code customProperties.RuleValidationErrors} ({@code fieldReferenceName}, {@code
 * fieldStatusFlags} such as {@code "required, invalidEmpty"}, {@code errorMessage}).
 */
final class RuleErrors {

  /** A field's rule flags (what it is) and the failure (what is wrong with the value). */
  enum Flag {
    REQUIRED("Required", 0x1),
    READ_ONLY("ReadOnly", 0x2),
    HAS_VALUES("HasValues", 0x20),
    LIMITED_TO_VALUES("LimitedToValues", 0x40),
    ALLOWS_OLD_VALUE("AllowsOldValue", 0x100),
    INVALID_EMPTY("InvalidEmpty", 0x80000),
    INVALID_NOT_OLD_VALUE("InvalidNotOldValue", 0x100000),
    INVALID_FORMAT("InvalidFormat", 0x200000),
    INVALID_LIST_VALUE("InvalidListValue", 0x400000),
    INVALID_TOO_LONG("InvalidTooLong", 0x1000000),
    INVALID_TYPE("InvalidType", 0x2000000);

    final String title;
    final int code;

    Flag(String title, int code) {
      this.title = title;
      this.code = code;
    }

    String camel() {
      return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
  }

  private record Violation(String referenceName, String name, List<Flag> flags) {
    String message() {
      return "TF401320: Rule Error for field "
          + name
          + ". Error code: "
          + String.join(", ", flags.stream().map(f -> f.title).toList())
          + ".";
    }
  }

  private final List<Violation> violations = new ArrayList<>();

  void add(String referenceName, String name, List<Flag> flags) {
    violations.add(new Violation(referenceName, name, List.copyOf(flags)));
  }

  boolean isEmpty() {
    return violations.isEmpty();
  }

  void throwIfAny() {
    if (violations.isEmpty()) {
      return;
    }
    ArrayNode list = Json.array();
    for (Violation v : violations) {
      ObjectNode entry = list.addObject();
      entry.put("fieldReferenceName", v.referenceName());
      entry.put(
          "fieldStatusFlags", String.join(", ", v.flags().stream().map(Flag::camel).toList()));
      entry.put("errorMessage", v.message());
      entry.put("fieldStatusCode", v.flags().stream().mapToInt(f -> f.code).sum());
      entry.putNull("ruleValidationErrors");
    }
    ObjectNode properties = Json.object();
    properties.set("RuleValidationErrors", list);
    throw new AdoException(
        400,
        "Microsoft.TeamFoundation.WorkItemTracking.Server.RuleValidationException,"
            + " Microsoft.TeamFoundation.WorkItemTracking.Server",
        violations.get(0).message(),
        WitErrors.EVENT_ID,
        properties);
  }
}
