package dev.adolink.emulator.wiql;

import dev.adolink.emulator.ado.AdoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parser for the subset of WIQL an integration uses: {@code SELECT [fields] FROM WorkItems [WHERE
 * condition] [ORDER BY [field] [ASC|DESC], ...]} with {@code =, <>, <, >, <=, >=, IN, NOT IN,
 * CONTAINS, NOT CONTAINS, UNDER}, {@code AND}, {@code OR}, {@code NOT}, parentheses, string and
 * number literals, and the macros {@code @project}, {@code @me}, {@code @today[-n]}.
 */
final class Wiql {

  /** A parsed query. */
  record Query(List<String> columns, Condition where, List<Sort> orderBy) {}

  record Sort(String field, boolean descending) {}

  /** A WHERE condition. */
  sealed interface Condition permits All, Any, Not, Compare {}

  record All(List<Condition> parts) implements Condition {}

  record Any(List<Condition> parts) implements Condition {}

  record Not(Condition part) implements Condition {}

  record Compare(String field, String op, List<Operand> values) implements Condition {}

  /** A literal ({@code 'text'}, a number) or a macro ({@code @today - 1}). */
  record Operand(Object literal, String macro, int offset) {}

  private final List<WiqlTokens.Token> tokens;
  private int at;

  private Wiql(String text) {
    this.tokens = WiqlTokens.tokenize(text);
  }

  static Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw syntax("The query is empty.");
    }
    return new Wiql(text).query();
  }

  private Query query() {
    keyword("SELECT");
    List<String> columns = new ArrayList<>();
    do {
      columns.add(field());
    } while (accept(","));
    keyword("FROM");
    String source = word();
    if (!source.equalsIgnoreCase("workitems")) {
      throw syntax(
          "The emulator supports only flat queries FROM WorkItems. The error is caused by «"
              + source
              + "».");
    }
    Condition where = acceptKeyword("WHERE") ? or() : new All(List.of());
    List<Sort> order = new ArrayList<>();
    if (acceptKeyword("ORDER")) {
      keyword("BY");
      do {
        String field = field();
        boolean descending = acceptKeyword("DESC");
        if (!descending) {
          acceptKeyword("ASC");
        }
        order.add(new Sort(field, descending));
      } while (accept(","));
    }
    if (acceptKeyword("ASOF")) {
      literal();
    }
    if (at < tokens.size()) {
      throw syntax("Unexpected text. The error is caused by «" + tokens.get(at).text() + "».");
    }
    return new Query(columns, where, order);
  }

  private Condition or() {
    List<Condition> parts = new ArrayList<>(List.of(and()));
    while (acceptKeyword("OR")) {
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Any(parts);
  }

  private Condition and() {
    List<Condition> parts = new ArrayList<>(List.of(unary()));
    while (acceptKeyword("AND")) {
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new All(parts);
  }

  private Condition unary() {
    if (acceptKeyword("NOT")) {
      return new Not(unary());
    }
    if (accept("(")) {
      Condition inner = or();
      expect(")");
      return inner;
    }
    return comparison();
  }

  private Condition comparison() {
    String field = field();
    String op = operator();
    List<Operand> values = new ArrayList<>();
    if (op.endsWith("IN")) {
      expect("(");
      do {
        values.add(operand());
      } while (accept(","));
      expect(")");
    } else {
      values.add(operand());
    }
    return new Compare(field, op, values);
  }

  private String operator() {
    WiqlTokens.Token token = next();
    if (token.kind() == WiqlTokens.Kind.OPERATOR) {
      return token.text().equals("!=") ? "<>" : token.text();
    }
    String word = token.text().toUpperCase(Locale.ROOT);
    if (word.equals("NOT")) {
      return "NOT " + operator();
    }
    if (word.equals("CONTAINS")) {
      acceptKeyword("WORDS");
      return "CONTAINS";
    }
    if (List.of("IN", "UNDER", "EVER").contains(word)) {
      return word;
    }
    throw syntax("Expecting a comparison operator. The error is caused by «" + token.text() + "».");
  }

  private Operand operand() {
    WiqlTokens.Token token = peek();
    if (token != null && token.kind() == WiqlTokens.Kind.MACRO) {
      next();
      int offset = 0;
      if (peek() != null && (peek().text().equals("+") || peek().text().equals("-"))) {
        int sign = next().text().equals("-") ? -1 : 1;
        offset = sign * ((Number) literal()).intValue();
      }
      return new Operand(null, token.text().substring(1).toLowerCase(Locale.ROOT), offset);
    }
    return new Operand(literal(), null, 0);
  }

  private Object literal() {
    WiqlTokens.Token token = next();
    return switch (token.kind()) {
      case STRING -> token.text();
      case NUMBER ->
          token.text().contains(".")
              ? (Object) Double.parseDouble(token.text())
              : (Object) Long.parseLong(token.text());
      case WORD -> {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
          yield Boolean.parseBoolean(word);
        }
        throw syntax("Expecting a value. The error is caused by «" + token.text() + "».");
      }
      default -> throw syntax("Expecting a value. The error is caused by «" + token.text() + "».");
    };
  }

  private String field() {
    WiqlTokens.Token token = next();
    if (token.kind() == WiqlTokens.Kind.FIELD || token.kind() == WiqlTokens.Kind.WORD) {
      return token.text();
    }
    throw syntax("Expecting a field name. The error is caused by «" + token.text() + "».");
  }

  private String word() {
    return next().text();
  }

  private WiqlTokens.Token peek() {
    return at < tokens.size() ? tokens.get(at) : null;
  }

  private WiqlTokens.Token next() {
    if (at >= tokens.size()) {
      throw syntax("The query ends unexpectedly.");
    }
    return tokens.get(at++);
  }

  private boolean accept(String symbol) {
    WiqlTokens.Token token = peek();
    if (token != null && token.kind() != WiqlTokens.Kind.STRING && token.text().equals(symbol)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String symbol) {
    if (!accept(symbol)) {
      WiqlTokens.Token token = peek();
      throw syntax(
          "Expecting '"
              + symbol
              + "'. The error is caused by «"
              + (token == null ? "" : token.text())
              + "».");
    }
  }

  private boolean acceptKeyword(String keyword) {
    WiqlTokens.Token token = peek();
    if (token != null
        && token.kind() == WiqlTokens.Kind.WORD
        && token.text().equalsIgnoreCase(keyword)) {
      at++;
      return true;
    }
    return false;
  }

  private void keyword(String keyword) {
    if (!acceptKeyword(keyword)) {
      WiqlTokens.Token token = peek();
      throw syntax(
          "Expecting "
              + keyword
              + ". The error is caused by «"
              + (token == null ? "" : token.text())
              + "».");
    }
  }

  /** The event id of work item tracking's errors. */
  static final int EVENT_ID = 3200;

  /** An argument error as work item tracking answers it. */
  static AdoException argument(String message) {
    return new AdoException(400, "System.ArgumentException, mscorlib", message, EVENT_ID);
  }

  static AdoException syntax(String message) {
    return new AdoException(
        400,
        "Microsoft.TeamFoundation.WorkItemTracking.Client.Wiql.SyntaxException,"
            + " Microsoft.TeamFoundation.WorkItemTracking.Client",
        "TF51006: The query statement is not valid. " + message,
        EVENT_ID);
  }
}
