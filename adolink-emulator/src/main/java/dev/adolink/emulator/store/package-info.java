/** The in-memory model: organizations (one lock each), their members and projects, identities. */
package dev.adolink.emulator.store;
