/**
 * The control API under /_emulator/ and the setup of data ADO has no API for (organizations, users,
 * PATs).
 */
package dev.adolink.emulator.control;
