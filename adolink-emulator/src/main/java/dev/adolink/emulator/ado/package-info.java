/**
 * Azure DevOps' wire vocabulary, shared by every layer above {@code http}: its error answer ({@link
 * dev.adolink.emulator.ado.AdoException}), api-versions and the hosts it serves under. Stands on
 * {@code http} only.
 */
package dev.adolink.emulator.ado;
