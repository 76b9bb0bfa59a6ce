package dev.adolink.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /actuator/prometheus}, parsed: the samples of the text format ({@code
 * name{label="value",...} number}), looked up by name and some of their labels.
 */
public final class Prometheus {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  public record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;
  private final String text;

  private Prometheus(String text) {
    this.text = text;
    this.samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line.trim());
      if (!sample.matches()) {
        throw new AssertionError("not a Prometheus sample: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
    }
  }

  /** Scrapes the server under test (no login: the endpoint is public). */
  public static Prometheus scrape(TestApi api) {
    TestApi.Response response = api.get("/actuator/prometheus", null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return new Prometheus(response.body());
  }

  /** The sum of the samples of {@code name} with these labels (0 when there is none). */
  public double value(String name, String... labels) {
    return matching(name, labels).stream().mapToDouble(Sample::value).sum();
  }

  /** The samples of {@code name} with these labels (pairs: label, value). */
  public List<Sample> matching(String name, String... labels) {
    if (labels.length % 2 != 0) {
      throw new IllegalArgumentException("labels come in pairs");
    }
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(
            s -> {
              for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                  return false;
                }
              }
              return true;
            })
        .toList();
  }

  /** Whether the scrape describes {@code name} (a {@code # TYPE} line). */
  public boolean declares(String name) {
    return text.contains("# TYPE " + name + " ");
  }

  /** How much {@code name} with these labels grew since {@code before}. */
  public double since(Prometheus before, String name, String... labels) {
    return value(name, labels) - before.value(name, labels);
  }
}
