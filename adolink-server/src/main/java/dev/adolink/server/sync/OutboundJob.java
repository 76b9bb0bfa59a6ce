package dev.adolink.server.sync;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.jobs.Backoff;
import dev.adolink.server.jobs.Job;
import dev.adolink.server.jobs.JobContext;
import dev.adolink.server.jobs.JobType;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.jobs.RetryLater;
import dev.adolink.server.workitems.LinkedWorkItems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Drains an installation's outbox: takes the installation's lease (one drain at a time keeps
 * changes in order; a job that finds it taken runs again shortly), then writes due rows in rounds
 * of up to 1,000 until none is due, and queues itself for the earliest row that waits for a retry.
 * Jobs are queued once per installation and transaction ({@link OutboundListener}), so a job exists
 * after every committed change: none is left behind by a drain that was finishing.
 */
@Component
class OutboundJob implements Job<OutboundJob.Payload> {

  record Payload(long installationId) {}

  static final JobType<Payload> TYPE =
      new JobType<>(
          "sync.outbound",
          Payload.class,
          5,
          Backoff.exponential(Duration.ofSeconds(10), Duration.ofMinutes(10)));

  private static final int ROUND = 1000;
  private static final int MAX_ROUNDS = 100;

  /**
   * Short, and renewed while the drain runs ({@link LeaseRenewer}): a drain whose process died
   * stops renewing, and the work it held is taken over (by a restart or another instance) within
   * this long.
   */
  private static final Duration LEASE = Duration.ofSeconds(45);

  private static final Duration RENEW_EVERY = Duration.ofSeconds(10);
  private static final Duration LEASE_TAKEN = Duration.ofSeconds(1);
  private static final Duration KEEP_REVISIONS = Duration.ofDays(2);
  private static final Duration DELETED_RECHECK = Duration.ofHours(1);

  private final Installations installations;
  private final LinkedWorkItems links;
  private final Outbox outbox;
  private final OutboundLeases leases;
  private final OutboundFields fields;
  private final OutboundComments comments;
  private final WrittenRevisions revisions;
  private final LeaseRenewer renewer;
  private final Jobs jobs;
  private final Clock clock;

  OutboundJob(
      Installations installations,
      LinkedWorkItems links,
      Outbox outbox,
      OutboundLeases leases,
      OutboundFields fields,
      OutboundComments comments,
      WrittenRevisions revisions,
      LeaseRenewer renewer,
      Jobs jobs,
      Clock clock) {
    this.installations = installations;
    this.links = links;
    this.outbox = outbox;
    this.leases = leases;
    this.fields = fields;
    this.comments = comments;
    this.revisions = revisions;
    this.renewer = renewer;
    this.jobs = jobs;
    this.clock = clock;
  }

  static String key(long installationId, long firstRow) {
    return TYPE.key("outbound", installationId, firstRow);
  }

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) {
    Optional<Installation> installation = installations.find(payload.installationId());
    if (installation.isEmpty()) {
      outbox.discard(payload.installationId());
      return;
    }
    long id = payload.installationId();
    String holder = UUID.randomUUID().toString();
    Instant now = clock.instant();
    if (!leases.acquire(id, holder, now, now.plus(LEASE))) {
      throw new RetryLater("another job drains installation " + id, LEASE_TAKEN);
    }
    try (LeaseRenewer.Renewal renewal =
        renewer.every(
            RENEW_EVERY,
            () -> leases.acquire(id, holder, clock.instant(), clock.instant().plus(LEASE)))) {
      installations.requireActive(installation.get());
      outbox.recoverAbandoned(id, now);
      revisions.prune(now.minus(KEEP_REVISIONS));
      for (int round = 0; round < MAX_ROUNDS; round++) {
        List<Outbox.Row> due = outbox.due(id, clock.instant(), ROUND);
        if (due.isEmpty()) {
          break;
        }
        write(installation.get(), due);
      }
      outbox
          .nextDue(id)
          .ifPresent(
              next ->
                  jobs.enqueueAt(
                      TYPE, TYPE.key("outbound", id, "at", next.toEpochMilli()), payload, next));
    } finally {
      leases.release(id, holder);
    }
  }

  private void write(Installation installation, List<Outbox.Row> rows) {
    // a work item deleted in ADO gets its writes once restored (its links come back with it)
    Set<Integer> deleted =
        links.deletedAmong(
            installation.id(), rows.stream().map(Outbox.Row::workItemId).distinct().toList());
    List<Outbox.Row> due = new ArrayList<>();
    List<Long> waiting = new ArrayList<>();
    for (Outbox.Row row : rows) {
      if (deleted.contains(row.workItemId())) {
        waiting.add(row.id());
      } else {
        due.add(row);
      }
    }
    outbox.postpone(waiting, clock.instant().plus(DELETED_RECHECK), clock.instant());
    SyncConfig config = installations.config(installation.id());
    List<Outbox.Row> fieldRows = due.stream().filter(row -> !row.kind().isComment()).toList();
    List<Outbox.Row> commentRows = due.stream().filter(row -> row.kind().isComment()).toList();
    if (!fieldRows.isEmpty()) {
      fields.write(installation, config, fieldRows);
    }
    if (!commentRows.isEmpty()) {
      comments.write(installation, commentRows);
    }
  }
}
