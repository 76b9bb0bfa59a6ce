package dev.adolink.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An ADO enum as it arrives in a request. Azure DevOps binds enums as ASP.NET (Newtonsoft) does: a
 * name in any case or the member's number, in bodies, query strings and path segments alike, and
 * Microsoft's generated clients (Node, .NET, Python) send their typed enums as numbers ({@code
 * versionType: 2}, {@code $expand=4}, {@code classificationNodes/1}). A flags enum also takes a
 * comma-separated list of names or the sum of their numbers ({@code changeType: 10} is {@code
 * "edit, rename"}).
 *
 * <p>{@link #name} turns either form into the member name as declared here, so handlers compare
 * names only. Bind through {@link QueryString#enumeration}, {@link Json#enumText} and {@code
 * Request.enumParam}; a value that is neither is a 400 that names the parameter.
 */
public final class WireEnum {

  private final String type;
  private final boolean flags;
  private final Map<String, Integer> members = new LinkedHashMap<>();

  private WireEnum(String type, boolean flags, Object... namesAndNumbers) {
    this.type = type;
    this.flags = flags;
    for (int i = 0; i < namesAndNumbers.length; i += 2) {
      members.put((String) namesAndNumbers[i], (Integer) namesAndNumbers[i + 1]);
    }
  }

  /** {@code of("GitVersionType", "branch", 0, "tag", 1, "commit", 2)}. */
  public static WireEnum of(String type, Object... namesAndNumbers) {
    return new WireEnum(type, false, namesAndNumbers);
  }

  /** A {@code [Flags]} enum: numbers are sums of members, names may be listed with commas. */
  public static WireEnum flags(String type, Object... namesAndNumbers) {
    return new WireEnum(type, true, namesAndNumbers);
  }

  public String type() {
    return type;
  }

  /** The declared names, in declaration order. */
  public List<String> names() {
    return List.copyOf(members.keySet());
  }

  /** The number of a declared name. */
  public int number(String name) {
    Integer number = members.get(name);
    if (number == null) {
      throw new IllegalArgumentException(name + " is not a member of " + type);
    }
    return number;
  }

  /**
   * The declared name for {@code text}, a name in any case or a number; for a flags enum, the names
   * of the set members joined by {@code ", "}. 400 when it is neither, naming {@code parameter}.
   */
  public String name(String parameter, String text) {
    String trimmed = text.trim();
    if (isNumber(trimmed)) {
      long number;
      try {
        number = Long.parseLong(trimmed);
      } catch (NumberFormatException e) {
        throw invalid(parameter, text);
      }
      return fromNumber(parameter, text, number);
    }
    if (flags && trimmed.contains(",")) {
      List<String> names = new ArrayList<>();
      for (String part : trimmed.split(",")) {
        names.add(byName(parameter, text, part.trim()));
      }
      return String.join(", ", ordered(names));
    }
    return byName(parameter, text, trimmed);
  }

  /** As {@link #name(String, String)} for a JSON value: a number or a string. */
  public String name(String parameter, JsonNode value) {
    if (value.isIntegralNumber()) {
      return fromNumber(parameter, value.asString(), value.asLong());
    }
    if (value.isString()) {
      return name(parameter, value.asString());
    }
    throw invalid(parameter, value.toString());
  }

  private String byName(String parameter, String text, String name) {
    for (String member : members.keySet()) {
      if (member.equalsIgnoreCase(name)) {
        return member;
      }
    }
    throw invalid(parameter, text);
  }

  private String fromNumber(String parameter, String text, long number) {
    for (Map.Entry<String, Integer> member : members.entrySet()) {
      if (member.getValue() == number) {
        return member.getKey();
      }
    }
    if (!flags || number <= 0) {
      throw invalid(parameter, text);
    }
    List<String> names = new ArrayList<>();
    long rest = number;
    for (Map.Entry<String, Integer> member : members.entrySet()) {
      int bit = member.getValue();
      if (bit > 0 && Integer.bitCount(bit) == 1 && (number & bit) == bit) {
        names.add(member.getKey());
        rest &= ~bit;
      }
    }
    if (rest != 0) {
      throw invalid(parameter, text);
    }
    return String.join(", ", names);
  }

  /** Flags names in the order of their numbers, as .NET writes them. */
  private List<String> ordered(List<String> names) {
    return names.stream().distinct().sorted((a, b) -> members.get(a) - members.get(b)).toList();
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.matches("-?\\d+");
  }

  private BadRequest invalid(String parameter, String text) {
    return new BadRequest(
        "The value '"
            + text
            + "' of '"
            + parameter
            + "' is not a valid "
            + type
            + ". Valid values are "
            + String.join(", ", members.keySet())
            + " or their numbers.");
  }

  @Override
  public String toString() {
    return type + members.keySet().toString().toLowerCase(Locale.ROOT);
  }
}
