/**
 * System benchmarks: each starts the emulator and the server as processes with fresh data, drives
 * load through their HTTP APIs, and reports its figures beside a baseline measured in the same run.
 */
package dev.adolink.bench;
