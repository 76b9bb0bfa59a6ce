/**
 * WIQL, the work item query language: {@code POST [project/[team/]]_apis/wit/wiql} parses a flat
 * query ({@code Wiql}), checks its fields against the process catalog and runs it ({@code
 * WiqlEngine}) over the live work items {@code wit} lists. Stands on {@code wit}; {@code wit} does
 * not know it.
 */
package dev.adolink.emulator.wiql;
