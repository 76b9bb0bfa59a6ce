package dev.adolink.emulator.process;

import java.util.List;

/** A work item type category, e.g. {@code Microsoft.BugCategory} with default type Bug. */
public record Category(String referenceName, String name, String defaultType, List<String> types) {}
