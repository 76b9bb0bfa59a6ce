package dev.adolink.emulator.search;

import dev.adolink.emulator.wit.WorkItemSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text part of a work item search: terms (words, {@code "quoted phrases"}, {@code prefix*})
 * that must all occur in the searched fields (title, description, tags, history, assignee, state,
 * type, area, or the id), case-insensitively. Each match is a highlight, as ADO returns them.
 */
final class SearchQuery {

  /** The fields searched and reported in {@code hits}, in the order ADO ranks them. */
  static final List<String> SEARCHED =
      List.of(
          "System.Title",
          "System.Tags",
          "System.Description",
          "System.History",
          "Microsoft.VSTS.TCM.ReproSteps",
          "System.AssignedTo",
          "System.State",
          "System.WorkItemType",
          "System.AreaPath");

  private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");

  /** One hit: a field and its highlighted snippets. */
  record Hit(String field, List<String> highlights) {}

  private final List<String> terms = new ArrayList<>();

  SearchQuery(String text) {
    Matcher m = TERM.matcher(text);
    while (m.find()) {
      String term = m.group(1) != null ? m.group(1) : m.group(2);
      if (!term.equals("*")) {
        terms.add(term.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** The hits of a work item, or {@code null} when some term matches nowhere. */
  List<Hit> hits(WorkItemSnapshot item) {
    List<Hit> hits = new ArrayList<>();
    for (String term : terms) {
      String bare = term.endsWith("*") ? term.substring(0, term.length() - 1) : term;
      boolean found = bare.equals(String.valueOf(item.id()));
      for (String field : SEARCHED) {
        String value = item.field(field);
        if (value != null && value.toLowerCase(Locale.ROOT).contains(bare)) {
          found = true;
          add(hits, field, highlight(value, bare));
        }
      }
      if (!found) {
        return null;
      }
    }
    return hits;
  }

  private static void add(List<Hit> hits, String field, String highlight) {
    String key = field.toLowerCase(Locale.ROOT);
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).field().equals(key)) {
        return;
      }
    }
    hits.add(new Hit(key, List.of(highlight)));
  }

  /** Every occurrence of {@code term} wrapped in {@code <highlighthit>}. */
  static String highlight(String value, String term) {
    StringBuilder out = new StringBuilder();
    String lower = value.toLowerCase(Locale.ROOT);
    int from = 0;
    int at;
    while (!term.isEmpty() && (at = lower.indexOf(term, from)) >= 0) {
      out.append(value, from, at)
          .append("<highlighthit>")
          .append(value, at, at + term.length())
          .append("</highlighthit>");
      from = at + term.length();
    }
    return out.append(value.substring(from)).toString();
  }

  /** Whether a work item passes {@code filters} ({@code {"System.State": ["Active"]}}). */
  static boolean passes(WorkItemSnapshot item, Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      if (filter.getValue().isEmpty()) {
        continue;
      }
      String ref = filter.getKey().equalsIgnoreCase("System.TeamProject") ? null : filter.getKey();
      String value = ref == null ? item.projectName() : field(item, ref);
      boolean area = filter.getKey().equalsIgnoreCase("System.AreaPath");
      boolean any =
          filter.getValue().stream()
              .anyMatch(
                  wanted ->
                      value != null
                          && (value.equalsIgnoreCase(wanted)
                              || (area
                                  && value
                                      .toLowerCase(Locale.ROOT)
                                      .startsWith(wanted.toLowerCase(Locale.ROOT) + "\\"))));
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** A field by reference name, case-insensitively (search uses lower-case names). */
  static String field(WorkItemSnapshot item, String referenceName) {
    return item.fields().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(referenceName))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
