/** Identities: graph users, IMS identity lookup, and the IdentityRef shape other areas embed. */
package dev.adolink.emulator.identity;
