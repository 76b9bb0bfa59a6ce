/**
 * Durable background jobs on db-scheduler: job types with attempts and exponential backoff,
 * enqueued in the caller's transaction, idempotent by (type, key), with a visible and retryable
 * failed state. A feature declares a {@link dev.adolink.server.jobs.Job} bean and enqueues with
 * {@link dev.adolink.server.jobs.Jobs}.
 */
@NullMarked
package dev.adolink.server.jobs;

import org.jspecify.annotations.NullMarked;
