package dev.adolink.emulator.wiql;

import java.util.ArrayList;
import java.util.List;

/** Splits WIQL text into tokens: {@code [fields]}, {@code 'strings'}, numbers, words, macros. */
final class WiqlTokens {

  enum Kind {
    FIELD,
    STRING,
    NUMBER,
    WORD,
    MACRO,
    OPERATOR,
    SYMBOL
  }

  record Token(Kind kind, String text) {}

  private WiqlTokens() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          throw Wiql.syntax(
              "A field name is not closed. The error is caused by «" + text.substring(i) + "».");
        }
        tokens.add(new Token(Kind.FIELD, text.substring(i + 1, end).trim()));
        i = end + 1;
      } else if (c == '\'' || c == '"') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (true) {
          if (j >= text.length()) {
            throw Wiql.syntax("A string is not closed.");
          }
          char d = text.charAt(j);
          if (d == c && j + 1 < text.length() && text.charAt(j + 1) == c) {
            value.append(c);
            j += 2;
          } else if (d == c) {
            break;
          } else {
            value.append(d);
            j++;
          }
        }
        tokens.add(new Token(Kind.STRING, value.toString()));
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(Kind.NUMBER, text.substring(i, j)));
        i = j;
      } else if (c == '<' || c == '>' || c == '=' || c == '!') {
        int j = i + 1;
        if (j < text.length() && (text.charAt(j) == '=' || (c == '<' && text.charAt(j) == '>'))) {
          j++;
        }
        tokens.add(new Token(Kind.OPERATOR, text.substring(i, j)));
        i = j;
      } else if (Character.isLetter(c) || c == '@' || c == '_') {
        int j = i + 1;
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j))
                || text.charAt(j) == '.'
                || text.charAt(j) == '_')) {
          j++;
        }
        String word = text.substring(i, j);
        tokens.add(new Token(c == '@' ? Kind.MACRO : Kind.WORD, word));
        i = j;
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return tokens;
  }
}
