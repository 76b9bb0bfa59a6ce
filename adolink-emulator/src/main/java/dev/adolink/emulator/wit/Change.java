package dev.adolink.emulator.wit;

/**
 * One field's change in an update: {@code null} stands for "absent" (a new field has no old value,
 * a cleared one no new value), as in ADO's {@code {oldValue, newValue}}.
 */
record Change(Object oldValue, Object newValue) {}
