package dev.adolink.emulator.process;

/** ADO's state categories; each state of a work item type belongs to one. */
public enum StateCategory {
  PROPOSED("Proposed"),
  IN_PROGRESS("InProgress"),
  RESOLVED("Resolved"),
  COMPLETED("Completed"),
  REMOVED("Removed");

  private final String wireName;

  StateCategory(String wireName) {
    this.wireName = wireName;
  }

  /** The name in JSON: {@code Proposed}, {@code InProgress}, ... */
  public String wireName() {
    return wireName;
  }

  public static StateCategory of(String wireName) {
    for (StateCategory category : values()) {
      if (category.wireName.equalsIgnoreCase(wireName)) {
        return category;
      }
    }
    throw new IllegalArgumentException("unknown state category " + wireName);
  }
}
