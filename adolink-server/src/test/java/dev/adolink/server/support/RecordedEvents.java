package dev.adolink.server.support;

import dev.adolink.server.tracker.IssueEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Every {@link IssueEvent} published, and whether it arrived inside a transaction. */
public final class RecordedEvents {

  public record Recorded(IssueEvent event, boolean inTransaction) {}

  private final List<Recorded> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(IssueEvent event) {
    events.add(new Recorded(event, TransactionSynchronizationManager.isActualTransactionActive()));
  }

  public <E extends IssueEvent> List<E> of(Class<E> type, long issueId) {
    return events.stream()
        .map(Recorded::event)
        .filter(type::isInstance)
        .map(type::cast)
        .filter(event -> event.issue().id() == issueId)
        .toList();
  }

  public List<Recorded> forIssue(long issueId) {
    return events.stream().filter(r -> r.event().issue().id() == issueId).toList();
  }
}
