/** The internal event bus: every change that ADO would announce is published here as an event. */
package dev.adolink.emulator.events;
