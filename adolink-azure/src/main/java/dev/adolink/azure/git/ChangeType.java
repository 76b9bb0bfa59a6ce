package dev.adolink.azure.git;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ADO's {@code VersionControlChangeType} flags. A change carries a set of them; real responses
 * combine flags ({@code "edit, rename"}), and some clients send the numeric form.
 */
public enum ChangeType {
  ADD(1),
  EDIT(2),
  ENCODING(4),
  RENAME(8),
  DELETE(16),
  UNDELETE(32),
  BRANCH(64),
  MERGE(128),
  LOCK(256),
  ROLLBACK(512),
  SOURCE_RENAME(1024),
  TARGET_RENAME(2048),
  PROPERTY(4096),
  UNKNOWN(0);

  private static final Pattern FLAGS = Pattern.compile("\\d+");
  private static final Pattern SEPARATOR = Pattern.compile("[,|]");
  private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");

  private final int flag;

  ChangeType(int flag) {
    this.flag = flag;
  }

  /**
   * Parses {@code "edit, rename"}, {@code "Add"}, {@code "sourceRename"} or flags like {@code 10}.
   */
  public static Set<ChangeType> parse(String text) {
    Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
    String value = text.trim();
    if (FLAGS.matcher(value).matches()) {
      int flags = Integer.parseInt(value);
      for (ChangeType type : values()) {
        if (type.flag != 0 && (flags & type.flag) != 0) {
          types.add(type);
        }
      }
      return types;
    }
    for (String part : SEPARATOR.split(value)) {
      String name = CAMEL_CASE.matcher(part.trim()).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
      if (name.isEmpty() || name.equals("NONE")) {
        continue;
      }
      types.add(fromName(name));
    }
    return types;
  }

  private static ChangeType fromName(String name) {
    for (ChangeType type : values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
