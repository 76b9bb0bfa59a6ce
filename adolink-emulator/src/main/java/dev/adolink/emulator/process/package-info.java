/** The process model (Agile, Scrum, Basic): work item types, states and categories, fields. */
package dev.adolink.emulator.process;
