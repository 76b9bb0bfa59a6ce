package dev.adolink.server.workitems;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Every {@link WorkItemLinked} and {@link WorkItemUnlinked} published. */
public final class RecordedLinkEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(WorkItemLinked event) {
    events.add(event);
  }

  @EventListener
  void on(WorkItemUnlinked event) {
    events.add(event);
  }

  /** The events about this issue, in order. */
  public List<Object> forIssue(long issueId) {
    return events.stream()
        .filter(
            e ->
                (e instanceof WorkItemLinked l && l.issue().id() == issueId)
                    || (e instanceof WorkItemUnlinked u && u.issue().id() == issueId))
        .toList();
  }
}
