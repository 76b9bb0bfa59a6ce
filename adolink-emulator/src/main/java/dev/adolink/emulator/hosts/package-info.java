/** The global host (profile, accounts, connection data, resource areas) and host discovery. */
package dev.adolink.emulator.hosts;
