package dev.adolink.emulator.wit;

import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.time.Clock;

/**
 * Deleting (to the recycle bin), restoring and destroying work items, with the {@code
 * workitem.deleted} and {@code workitem.restored} events.
 */
final class RecycleBin {

  private final Clock clock;
  private final WorkItemEvents events;

  private final WorkItems workItems;

  RecycleBin(Clock clock, WitJson json, WorkItems workItems) {
    this.clock = clock;
    this.workItems = workItems;
    this.events = new WorkItemEvents(json);
  }

  /** Moves a work item to the recycle bin, or removes it for good with {@code destroy}. */
  WorkItem delete(Organization org, User actor, int id, boolean destroy) {
    return org.write(
        () -> {
          WitState state = WitState.of(org);
          WorkItem item =
              destroy ? state.item(id).orElseThrow(() -> WitErrors.notFound(id)) : state.live(id);
          boolean wasLive = !item.deleted();
          if (wasLive) {
            item.deletedBy = actor;
            item.deletedDate = clock.instant();
            org.publish(events.deleted(org, item, actor, item.deletedDate));
          }
          if (destroy) {
            state.items.remove(id);
            workItems.unlinkDestroyed(org, actor, id);
          }
          return item;
        });
  }

  WorkItem restore(Organization org, User actor, int id) {
    return org.write(
        () -> {
          WorkItem item = deleted(org, id);
          item.deletedBy = null;
          item.deletedDate = null;
          org.publish(events.restored(org, item, actor, clock.instant()));
          return item;
        });
  }

  /** A work item in the recycle bin, or 404. */
  static WorkItem deleted(Organization org, int id) {
    return WitState.of(org)
        .item(id)
        .filter(WorkItem::deleted)
        .orElseThrow(() -> WitErrors.notFound(id));
  }
}
