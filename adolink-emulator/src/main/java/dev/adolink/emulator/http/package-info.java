/**
 * A small HTTP engine that knows nothing of Azure DevOps: the server ({@link
 * dev.adolink.emulator.http.Server}) hands each request to one {@link
 * dev.adolink.emulator.http.Service}; responses, JSON, query strings, dates, route templates and
 * enums as they arrive in requests. Unreadable input is a {@link
 * dev.adolink.emulator.http.BadRequest}. Depends on no other package of the emulator.
 */
package dev.adolink.emulator.http;
