/**
 * Service hooks: subscriptions with their statuses and filters, and the deliveries of {@code
 * workitem.*} and {@code git.push} events to webhooks with ADO's retry, probation and disable
 * rules.
 */
package dev.adolink.emulator.hooks;
