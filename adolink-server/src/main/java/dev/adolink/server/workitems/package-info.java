/**
 * Work items linked to issues (Sentry's external issues): the links, creating, linking, unlinking
 * and searching work items from an issue, and alert rules that create them. Other features use the
 * {@link dev.adolink.server.workitems.LinkedWorkItems} facade and its events.
 */
@NullMarked
package dev.adolink.server.workitems;

import org.jspecify.annotations.NullMarked;
