package dev.adolink.server.sync;

import dev.adolink.azure.hooks.WorkItemEvent;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.SyncConfig;
import dev.adolink.server.sync.OutboundOutcomes.Settled;
import dev.adolink.server.sync.OutboxPayload.PriorityChange;
import dev.adolink.server.sync.SyncLog.Field;
import dev.adolink.server.sync.SyncLog.Result;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueEvent;
import dev.adolink.server.tracker.IssueLevelChanged;
import dev.adolink.server.tracker.IssueUpdate;
import dev.adolink.server.tracker.Level;
import dev.adolink.server.workitems.LinkedWorkItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Level ↔ {@code Microsoft.VSTS.Common.Priority} (and {@code Microsoft.VSTS.Common.Severity} where
 * the work item's type has it: priority 1 is {@code 1 - Critical} … 4 {@code 4 - Low}), through the
 * project's mapping ({@code sync_priority_mapping}, else fatal → 1, error → 2, warning → 3, info
 * and debug → 4). Forward ({@code sync_priority_forward}) writes the level's priority; reverse
 * ({@code sync_priority_reverse}) sets the most severe level mapped to the new priority.
 */
@Component
@Order(3)
class PriorityField implements SyncedField {

  static final String PRIORITY = "Microsoft.VSTS.Common.Priority";
  static final String SEVERITY = "Microsoft.VSTS.Common.Severity";
  private static final Map<Integer, String> SEVERITIES =
      Map.of(1, "1 - Critical", 2, "2 - High", 3, "3 - Medium", 4, "4 - Low");
  private static final Duration TTL = Duration.ofMinutes(10);

  private record TypeKey(long installationId, String project, String type) {}

  private record HasSeverity(boolean has, Instant until) {}

  private final Installations installations;
  private final Clock clock;
  private final ConcurrentMap<TypeKey, HasSeverity> severity = new ConcurrentHashMap<>();

  PriorityField(Installations installations, Clock clock) {
    this.installations = installations;
    this.clock = clock;
  }

  @Override
  public Outbox.Kind kind() {
    return Outbox.Kind.PRIORITY;
  }

  @Override
  public String adoField() {
    return PRIORITY;
  }

  @Override
  public boolean forward(SyncConfig config) {
    return config.priorityForward();
  }

  @Override
  public boolean reverse(SyncConfig config) {
    return config.priorityReverse();
  }

  @Override
  public Optional<OutboxPayload> current(Issue issue) {
    return Optional.of(new PriorityChange(issue.level().wire()));
  }

  @Override
  public Optional<OutboxPayload> payload(IssueEvent event) {
    return event instanceof IssueLevelChanged changed
        ? Optional.of(new PriorityChange(changed.level().wire()))
        : Optional.empty();
  }

  /** Asks ADO (cached) whether the work item's type has a severity; its failure propagates. */
  @Override
  public Optional<FieldWrite> outbound(
      Installation installation,
      SyncConfig config,
      LinkedWorkItem item,
      Outbox.Row row,
      Settled settled) {
    String level = row.payload(PriorityChange.class).level();
    Integer priority = config.priorities(item.adoProjectId()).get(level);
    if (priority == null) {
      settled.finish(row, Field.PRIORITY, null, Result.SKIPPED, "no priority for level " + level);
      return Optional.empty();
    }
    boolean withSeverity = hasSeverity(installation, item);
    return Optional.of(
        new FieldWrite(
            this,
            row,
            String.valueOf(priority),
            patch -> {
              patch.add(PRIORITY, priority);
              if (withSeverity) {
                patch.add(SEVERITY, SEVERITIES.get(priority));
              }
            }));
  }

  @Override
  public Inbound inbound(
      Installation installation,
      SyncConfig config,
      WorkItemEvent.Change change,
      String projectId,
      String type) {
    if (!change.hasNew()) {
      return Inbound.NONE;
    }
    String newText = change.newText();
    int priority;
    try {
      priority = Integer.parseInt(String.valueOf(newText).trim());
    } catch (NumberFormatException e) {
      return new Inbound.LogOnly(
          Result.SKIPPED, change.oldText(), newText, "not a priority: " + newText);
    }
    Map<String, Integer> mapping = config.priorities(projectId);
    Optional<String> level =
        SyncConfig.LEVELS.stream()
            .filter(l -> Integer.valueOf(priority).equals(mapping.get(l)))
            .findFirst();
    if (level.isEmpty()) {
      return new Inbound.LogOnly(
          Result.SKIPPED,
          change.oldText(),
          newText,
          "no level is mapped to priority " + priority + " for ADO project " + projectId);
    }
    Level target = Level.valueOf(level.get().toUpperCase(Locale.ROOT));
    return new Inbound.Apply(IssueUpdate.level(target), issue -> issue.level().wire(), level.get());
  }

  private boolean hasSeverity(Installation installation, LinkedWorkItem item) {
    TypeKey key =
        new TypeKey(
            installation.id(),
            item.adoProjectId().toLowerCase(Locale.ROOT),
            item.workItemType().toLowerCase(Locale.ROOT));
    Instant now = clock.instant();
    HasSeverity cached = severity.get(key);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.has();
    }
    boolean has =
        installations
            .client(installation)
            .workItems()
            .typeFields(item.adoProjectId(), item.workItemType())
            .stream()
            .anyMatch(field -> SEVERITY.equalsIgnoreCase(field.referenceName()));
    severity.put(key, new HasSeverity(has, now.plus(TTL)));
    return has;
  }
}
