package dev.adolink.server.integration;

/**
 * Published once an installation's credentials were replaced (re-authorization or a repeated
 * install), after the change committed: work that waited for an installation awaiting
 * re-authorization can resume now instead of at its next retry.
 */
public record InstallationReauthorized(long installationId) {}
