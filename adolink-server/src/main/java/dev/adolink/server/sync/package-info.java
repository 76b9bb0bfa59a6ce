/**
 * Sync with Azure DevOps: the webhook intake (deliveries checked, stored in an inbox and handed to
 * {@link dev.adolink.server.sync.DeliveryHandler}s by a job) and the inbound/outbound sync.
 */
@NullMarked
package dev.adolink.server.sync;

import org.jspecify.annotations.NullMarked;
