package dev.adolink.server.workitems;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.wit.WorkItem;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What adolink last saw of a work item in ADO: when it created or linked it, or when a delivery of
 * one of its revisions arrived. Shown on the issue page instead of asking ADO.
 *
 * @param state {@code System.State} as ADO named it ({@code Active}, {@code Resolved})
 * @param assignee the display name (or unique name) of {@code System.AssignedTo}; {@code null} when
 *     nobody
 * @param rev the revision it was seen at (a later revision replaces an earlier one, never the
 *     reverse)
 * @param at when adolink saw it
 */
public record WorkItemSeen(String state, @Nullable String assignee, int rev, Instant at) {

  static @Nullable WorkItemSeen of(WorkItem item, Instant at) {
    return item.fields()
        .state()
        .map(
            state ->
                new WorkItemSeen(
                    state,
                    item.fields().assignedTo().map(WorkItemSeen::name).orElse(null),
                    item.rev(),
                    at))
        .orElse(null);
  }

  /** The state and assignee a service hook's revision carries, when it has the state. */
  public static Optional<WorkItemSeen> from(WorkItemEvent event, Instant at) {
    return event
        .state()
        .map(
            state ->
                new WorkItemSeen(
                    state,
                    event.assignedTo().map(WorkItemSeen::name).orElse(null),
                    event.rev(),
                    at));
  }

  /** How a person is named on the page: the display name, else the email. */
  public static @Nullable String name(Identity identity) {
    return identity.displayName() != null ? identity.displayName() : identity.email();
  }
}
