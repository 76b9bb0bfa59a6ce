/** Fault injection (latency, throttling, outages) and the log of every API request served. */
package dev.adolink.emulator.faults;
