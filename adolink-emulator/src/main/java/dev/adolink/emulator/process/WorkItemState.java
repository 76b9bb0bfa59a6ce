package dev.adolink.emulator.process;

/**
 * A state of a work item type, e.g. {@code Resolved} in category Resolved, color {@code ff9d00}.
 *
 * @param defaultReason the {@code System.Reason} a work item gets when it moves into this state
 */
public record WorkItemState(
    String name, StateCategory category, String color, String defaultReason) {}
