/**
 * The unchecked exception family of the client: one base type carrying the request and ADO's error,
 * and subtypes only where callers branch (not found, unauthorized, conflict, throttled, server
 * down).
 */
@NullMarked
package dev.adolink.azure.error;

import org.jspecify.annotations.NullMarked;
