/**
 * Work item tracking: work items with revisions, updates and comments, JSON Patch, rules, types,
 * classification nodes, tags, {@code $batch}, and the {@code workitem.*} events.
 */
package dev.adolink.emulator.wit;
