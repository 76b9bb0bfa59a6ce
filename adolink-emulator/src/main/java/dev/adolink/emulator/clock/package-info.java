/** The settable emulator clock that every timestamp and timed behaviour of the emulator reads. */
package dev.adolink.emulator.clock;
