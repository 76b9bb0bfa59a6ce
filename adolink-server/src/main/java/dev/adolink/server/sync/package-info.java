/**
 * Two-way sync of issues and Azure DevOps work items: inbound (work item deliveries from {@code
 * webhooks}, a {@link dev.adolink.server.webhooks.DeliveryHandler}) and outbound (an outbox written
 * by a job), with the sync log and user mappings' administration.
 */
@NullMarked
package dev.adolink.server.sync;

import org.jspecify.annotations.NullMarked;
