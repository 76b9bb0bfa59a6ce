/**
 * The emulated ADO's request pipeline and what areas are built with: hosts (path prefix or legacy
 * {@code Host} header), faults, routing with ADO's path rules, organization, authentication,
 * api-version checks, the handler and ADO's error body, in one {@link
 * dev.adolink.emulator.api.Dispatcher}; {@link dev.adolink.emulator.api.Area}, {@link
 * dev.adolink.emulator.api.Routes}, {@link dev.adolink.emulator.api.Request}, {@link
 * dev.adolink.emulator.api.Urls} and the shared services ({@link
 * dev.adolink.emulator.api.EmulatorContext}).
 */
package dev.adolink.emulator.api;
