/** Service hook subscriptions: create, read, list, replace and delete webhook subscriptions. */
@NullMarked
package dev.adolink.azure.hooks;

import org.jspecify.annotations.NullMarked;
