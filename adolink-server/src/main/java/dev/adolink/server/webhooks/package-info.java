/**
 * The webhook intake: ADO's service hook deliveries checked ({@link
 * dev.adolink.server.integration.ServiceHooks}), stored in an inbox and handed by a job to the
 * {@link dev.adolink.server.webhooks.DeliveryHandler}s that features declare (the two-way sync's
 * work item events, the commits of a push, pipeline deployments). Knows no feature that handles
 * deliveries.
 */
@NullMarked
package dev.adolink.server.webhooks;

import org.jspecify.annotations.NullMarked;
