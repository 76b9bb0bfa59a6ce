/**
 * The engine: HTTP server, routing with ADO's path rules, api-version checks, authentication,
 * faults and the request log, and ADO's error body, all in one request pipeline.
 */
package dev.adolink.emulator.http;
