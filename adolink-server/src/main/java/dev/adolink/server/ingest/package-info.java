/**
 * Errors from the official Sentry SDKs: client keys (DSNs), the envelope and store endpoints (a
 * durable inbox, one job per event), normalization, grouping into tracker issues, events per issue
 * and regressions.
 */
@NullMarked
package dev.adolink.server.ingest;

import org.jspecify.annotations.NullMarked;
