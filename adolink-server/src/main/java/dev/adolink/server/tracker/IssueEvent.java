package dev.adolink.server.tracker;

/**
 * A change to an issue, published synchronously inside the transaction that makes it. A listener
 * ({@code @EventListener}, not {@code @TransactionalEventListener}) runs in that transaction: what
 * it writes, typically a job queued with {@code Jobs.enqueue}, commits or rolls back with the
 * change. Check {@link #source()} to avoid echoing a change back to its origin.
 */
public sealed interface IssueEvent
    permits IssueCreated,
        IssueStatusChanged,
        IssueAssigned,
        IssueLevelChanged,
        IssueCommentAdded,
        IssueCommentEdited,
        IssueCommentDeleted {

  IssueRef issue();

  ChangeSource source();
}
