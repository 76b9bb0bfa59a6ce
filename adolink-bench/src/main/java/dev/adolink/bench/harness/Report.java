package dev.adolink.bench.harness;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark prints: a human-readable table of rows, then, as the very last line, one JSON
 * object with the figures and the baseline's figures (DESIGN §7).
 */
public final class Report {

  private final String name;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private Machine start;
  private Machine end;

  public Report(String name, String... header) {
    this.name = name;
    this.header = List.of(header);
    figures.put("name", name);
  }

  public Report row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a row of " + name + " has " + header.size() + " cells");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(format(cell));
    }
    rows.add(row);
    return this;
  }

  public Report figure(String key, Object value) {
    figures.put(key, value instanceof Double d ? round(d) : value);
    return this;
  }

  public Report note(String note) {
    notes.add(note);
    return this;
  }

  /**
   * The machine's load average when the benchmark started and ended: printed under the table, with
   * a warning when the machine was busy (load above its cores), and in the JSON line.
   */
  public Report machine(Machine start, Machine end) {
    this.start = start;
    this.end = end;
    figures.put("loadAverageStart", start.loadAverage());
    figures.put("loadAverageEnd", end.loadAverage());
    figures.put("cores", start.cores());
    figures.put("busy", busy());
    return this;
  }

  /** The machine was busy at the start or at the end: the figures are noisy. */
  public boolean busy() {
    return start != null && (start.busy() || end.busy());
  }

  public Map<String, Object> figures() {
    return figures;
  }

  public void print(PrintStream out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(name);
    out.println(line(header, widths));
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(width));
    }
    out.println(rule);
    rows.forEach(row -> out.println(line(row, widths)));
    if (start != null) {
      out.println(
          "machine: "
              + start.cores()
              + " cores, load average (1, 5, 15 min) "
              + start.loadAverage()
              + " at start, "
              + end.loadAverage()
              + " at end"
              + (busy()
                  ? " -- BUSY (load above the cores): the figures are noisy; trust only the"
                      + " ratios of the slices taken side by side"
                  : " -- quiet"));
    }
    notes.forEach(note -> out.println("note: " + note));
    out.println(Http.JSON.writeValueAsString(figures));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(" | ");
      }
      line.append(String.format("%-" + widths[i] + "s", cells.get(i)));
    }
    return line.toString().stripTrailing();
  }

  private static String format(Object cell) {
    return cell instanceof Double d ? String.format("%.2f", d) : String.valueOf(cell);
  }

  /** Two decimals, for figures in the JSON line. */
  public static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
