/**
 * The processes a benchmark runs (emulator, server, database), HTTP helpers and the report format.
 */
package dev.adolink.bench.harness;
