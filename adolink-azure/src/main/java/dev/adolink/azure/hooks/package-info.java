/**
 * Service hooks: subscriptions (create, read, list, replace and delete) and the deliveries they
 * post, read as typed, tolerant events ({@link dev.adolink.azure.hooks.WorkItemEvent}, {@link
 * dev.adolink.azure.hooks.GitPushEvent}).
 */
@NullMarked
package dev.adolink.azure.hooks;

import org.jspecify.annotations.NullMarked;
