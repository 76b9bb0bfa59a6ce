package dev.adolink.emulator.git;

import java.util.Locale;

/**
 * ADO's change types for files and folders; a rename with new content is {@code "edit, rename"}.
 */
public enum ChangeType {
  ADD("add", "Add"),
  EDIT("edit", "Edit"),
  DELETE("delete", "Delete"),
  RENAME("rename", "Rename"),
  EDIT_RENAME("edit, rename", "Rename");

  private final String wireName;
  private final String countKey;

  ChangeType(String wireName, String countKey) {
    this.wireName = wireName;
    this.countKey = countKey;
  }

  /** As in {@code changeType}: {@code add}, {@code edit}, {@code delete}, {@code rename}. */
  public String wireName() {
    return wireName;
  }

  /** The key in {@code changeCounts}: {@code Add}, {@code Edit}, {@code Delete}, {@code Rename}. */
  public String countKey() {
    return countKey;
  }

  /** Parses a push's {@code changeType} (any case). */
  public static ChangeType parse(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (lower) {
      case "add" -> ADD;
      case "edit" -> EDIT;
      case "delete" -> DELETE;
      case "rename" -> RENAME;
      case "edit,rename", "rename,edit" -> EDIT_RENAME;
      default ->
          throw GitErrors.invalidArgument("The change type '" + text + "' is not supported.");
    };
  }
}
