package dev.adolink.emulator.wiql;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.process.FieldDefinition;
import dev.adolink.emulator.process.ProcessCatalog;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import dev.adolink.emulator.wiql.Wiql.Compare;
import dev.adolink.emulator.wiql.Wiql.Condition;
import dev.adolink.emulator.wiql.Wiql.Operand;
import dev.adolink.emulator.wit.FieldValues;
import dev.adolink.emulator.wit.LiveWorkItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs a parsed WIQL query against the current revisions of the work items: text compares
 * case-insensitively, identities match by email, display name or {@code Name <email>}, {@code
 * UNDER} matches a tree path and everything below it.
 */
final class WiqlEngine {

  /** The request context the macros resolve against. */
  record Context(Project project, User me, Instant now) {}

  private final ProcessCatalog catalog;

  WiqlEngine(ProcessCatalog catalog) {
    this.catalog = catalog;
  }

  /** The reference name of a field named by reference or display name, or ADO's TF51005. */
  FieldDefinition field(String name) {
    return catalog
        .field(name)
        .or(
            () ->
                catalog.fields().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst())
        .orElseThrow(
            () ->
                new AdoException(
                    400,
                    "Microsoft.TeamFoundation.WorkItemTracking.Server.Wiql.WiqlFieldNotFoundException,"
                        + " Microsoft.TeamFoundation.WorkItemTracking.Server",
                    "TF51005: The query references a field that does not exist. The error is caused"
                        + " by «"
                        + name
                        + "».",
                    Wiql.EVENT_ID));
  }

  /** Checks every field of the query exists (before any work item is looked at). */
  void check(Wiql.Query query) {
    query.columns().forEach(this::field);
    query.orderBy().forEach(s -> field(s.field()));
    check(query.where());
  }

  private void check(Condition condition) {
    if (condition instanceof Wiql.All all) {
      all.parts().forEach(this::check);
    } else if (condition instanceof Wiql.Any any) {
      any.parts().forEach(this::check);
    } else if (condition instanceof Wiql.Not not) {
      check(not.part());
    } else {
      field(((Compare) condition).field());
    }
  }

  boolean matches(Condition condition, LiveWorkItem item, Context context) {
    if (condition instanceof Wiql.All all) {
      return all.parts().stream().allMatch(p -> matches(p, item, context));
    }
    if (condition instanceof Wiql.Any any) {
      return any.parts().stream().anyMatch(p -> matches(p, item, context));
    }
    if (condition instanceof Wiql.Not not) {
      return !matches(not.part(), item, context);
    }
    return compare((Compare) condition, item, context);
  }

  private boolean compare(Compare compare, LiveWorkItem item, Context context) {
    FieldDefinition field = field(compare.field());
    Object actual = item.field(field.referenceName());
    String op = compare.op();
    boolean negated = op.startsWith("NOT ");
    String base = negated ? op.substring(4) : op;
    boolean result =
        switch (base) {
          case "IN" ->
              compare.values().stream().anyMatch(v -> order(actual, resolve(v, context)) == 0);
          case "CONTAINS" ->
              actual != null
                  && text(actual).contains(text(resolve(compare.values().get(0), context)));
          case "UNDER" -> under(actual, resolve(compare.values().get(0), context));
          case "EVER" ->
              item.field(field.referenceName()) != null
                  && order(actual, resolve(compare.values().get(0), context)) == 0;
          default -> relation(base, order(actual, resolve(compare.values().get(0), context)));
        };
    return negated != result;
  }

  private static boolean relation(String op, int order) {
    return switch (op) {
      case "=" -> order == 0;
      case "<>" -> order != 0;
      case "<" -> order < 0 && order != Integer.MIN_VALUE;
      case ">" -> order > 0 && order != Integer.MAX_VALUE;
      case "<=" -> order <= 0 && order != Integer.MIN_VALUE;
      case ">=" -> order >= 0 && order != Integer.MAX_VALUE;
      default -> throw Wiql.syntax("The operator " + op + " is not supported.");
    };
  }

  private Object resolve(Operand operand, Context context) {
    if (operand.macro() == null) {
      return operand.literal();
    }
    return switch (operand.macro()) {
      case "project" -> {
        if (context.project() == null) {
          throw Wiql.argument(
              "VS402352: The @project macro can only be used in the context of a project.");
        }
        yield context.project().name();
      }
      case "me" -> context.me();
      case "today" ->
          context
              .now()
              .atZone(ZoneOffset.UTC)
              .toLocalDate()
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC)
              .plus(operand.offset(), ChronoUnit.DAYS);
      default -> throw Wiql.syntax("The macro @" + operand.macro() + " is not supported.");
    };
  }

  private static boolean under(Object actual, Object path) {
    if (actual == null || path == null) {
      return false;
    }
    String a = text(actual);
    String p = text(path);
    return a.equals(p) || a.startsWith(p + "\\");
  }

  /**
   * Compares a field value with a query value: 0 when equal; {@code MIN_VALUE}/{@code MAX_VALUE}
   * when they cannot be ordered (an empty field, a text against a number).
   */
  static int order(Object actual, Object wanted) {
    boolean emptyWanted = wanted == null || (wanted instanceof String s && s.isEmpty());
    if (actual == null) {
      return emptyWanted ? 0 : Integer.MIN_VALUE;
    }
    if (emptyWanted) {
      return Integer.MAX_VALUE;
    }
    if (actual instanceof User user) {
      String w = text(wanted);
      return wanted instanceof User other
          ? (user.equals(other) ? 0 : Integer.MAX_VALUE)
          : (w.equals(text(user.email()))
                  || w.equals(text(user.displayName()))
                  || w.equals(text(user.nameWithEmail()))
              ? 0
              : Integer.MAX_VALUE);
    }
    if (actual instanceof Number a && wanted instanceof Number w) {
      return Double.compare(a.doubleValue(), w.doubleValue());
    }
    if (actual instanceof Instant a) {
      Instant w = wanted instanceof Instant i ? i : FieldValues.parseDate(wanted.toString());
      return a.compareTo(w);
    }
    if (actual instanceof Number a) {
      try {
        return Double.compare(a.doubleValue(), Double.parseDouble(wanted.toString()));
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE;
      }
    }
    return Integer.signum(text(actual).compareTo(text(wanted)));
  }

  static String text(Object value) {
    return value == null ? "" : FieldValues.display(value).toLowerCase(Locale.ROOT);
  }

  /** Orders work items by the ORDER BY fields (empty values first), then by id. */
  Comparator<LiveWorkItem> ordering(List<Wiql.Sort> sorts) {
    Comparator<LiveWorkItem> comparator = (a, b) -> 0;
    for (Wiql.Sort sort : sorts) {
      String ref = field(sort.field()).referenceName();
      Comparator<LiveWorkItem> byField =
          (a, b) -> {
            Object x = a.field(ref);
            Object y = b.field(ref);
            if (x == null || y == null) {
              return x == null ? (y == null ? 0 : -1) : 1;
            }
            int o = order(x, y);
            return o == Integer.MIN_VALUE || o == Integer.MAX_VALUE ? 0 : o;
          };
      comparator = comparator.thenComparing(sort.descending() ? byField.reversed() : byField);
    }
    return comparator.thenComparingInt(LiveWorkItem::id);
  }
}
