/**
 * Infrastructure every feature builds on: configuration, data directory and database defaults,
 * security (API tokens, sessions, CSRF), encryption of secrets at rest, and the API error format.
 */
@NullMarked
package dev.adolink.server.system;

import org.jspecify.annotations.NullMarked;
