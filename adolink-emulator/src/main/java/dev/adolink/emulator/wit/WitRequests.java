package dev.adolink.emulator.wit;

import dev.adolink.emulator.api.Request;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reading the common parameters of work item requests. */
final class WitRequests {

  /** ADO's limit for {@code ids=} and {@code workitemsbatch}. */
  static final int MAX_IDS = 200;

  private WitRequests() {}

  static int id(Request request, String name) {
    String text = request.param(name);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw WitErrors.argument("The value '" + text + "' is not a valid work item id.");
    }
  }

  static List<Integer> ids(String text) {
    List<Integer> ids = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        try {
          ids.add(Integer.parseInt(part.trim()));
        } catch (NumberFormatException e) {
          throw WitErrors.argument("The value '" + part.trim() + "' is not a valid work item id.");
        }
      }
    }
    if (ids.isEmpty()) {
      throw WitErrors.argument("Value cannot be null.\r\nParameter name: ids");
    }
    if (ids.size() > MAX_IDS) {
      throw WitErrors.argument(
          "VS402337: The number of work items requested ("
              + ids.size()
              + ") exceeds the limit of "
              + MAX_IDS
              + ".");
    }
    return ids;
  }

  static WorkItems.SaveOptions saveOptions(Request request) {
    return new WorkItems.SaveOptions(
        request.query().bool("validateOnly", false),
        request.query().bool("bypassRules", false),
        request.query().bool("suppressNotifications", false));
  }

  /** JSON Patch writes must say so: anything else is ADO's 415. */
  static void requirePatchContent(Request request) {
    String type = request.header("Content-Type").orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json-patch+json")) {
      throw WitErrors.contentType(type.split(";")[0].trim(), request.method());
    }
  }

  /** {@code $expand} and {@code fields} (which cannot be combined) into a {@link View}. */
  static View view(Request request, String expand, String fields, boolean alwaysLinks) {
    String e = expand == null ? "none" : expand.trim().toLowerCase(Locale.ROOT);
    List<String> only =
        fields == null || fields.isBlank()
            ? null
            : Arrays.stream(fields.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (only != null && !e.equals("none")) {
      throw WitErrors.conflictingParameters();
    }
    boolean all = e.equals("all");
    return new View(
        View.identityObjects(request.apiVersion()),
        all || e.equals("fields"),
        only,
        all || e.equals("relations"),
        alwaysLinks || all || e.equals("links"));
  }
}
