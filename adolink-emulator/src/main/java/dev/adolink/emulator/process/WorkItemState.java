package dev.adolink.emulator.process;

/**
 * A state of a work item type, e.g. {@code Resolved} in category Resolved, color {@code ff9d00}.
 */
public record WorkItemState(String name, StateCategory category, String color) {}
