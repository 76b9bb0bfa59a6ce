package dev.adolink.azure.wit;

import java.util.Locale;

/** What a work item read includes ({@code $expand}). */
public enum WorkItemExpand {
  NONE,
  RELATIONS,
  FIELDS,
  LINKS,
  ALL;

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
