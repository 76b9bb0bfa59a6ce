package dev.adolink.server.system;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Fields added to every log line written while they are open (SLF4J's MDC): with {@code
 * logging.structured.format.console=ecs} or {@code logstash} they are JSON fields of their own, so
 * an operator can find every line about one installation, delivery, issue or job. Values are ids,
 * never secrets. Closing removes what was added.
 */
public final class LogFields implements AutoCloseable {

  public static final String INSTALLATION = "installation.id";
  public static final String DELIVERY = "delivery.id";
  public static final String ISSUE = "issue.id";
  public static final String ORGANIZATION = "organization.slug";
  public static final String JOB_TYPE = "job.type";
  public static final String JOB_KEY = "job.key";

  private final List<String> added = new ArrayList<>();

  public static LogFields open() {
    return new LogFields();
  }

  /** Adds a field (nothing when the value is null, or when an outer scope set it already). */
  public LogFields put(String key, @Nullable Object value) {
    if (value != null && MDC.get(key) == null) {
      MDC.put(key, String.valueOf(value));
      added.add(key);
    }
    return this;
  }

  @Override
  public void close() {
    added.forEach(MDC::remove);
  }
}
