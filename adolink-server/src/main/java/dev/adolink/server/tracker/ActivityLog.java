package dev.adolink.server.tracker;

import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an issue goes through here: it is written to the activity log and published as an
 * {@link IssueEvent}, both in the caller's transaction, so a change is never recorded without its
 * event or the other way round.
 */
@Component
class ActivityLog {

  private final ActivityRepository activities;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ActivityLog(ActivityRepository activities, ApplicationEventPublisher events, Clock clock) {
    this.activities = activities;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void record(IssueEvent event, ActivityType type, Map<String, @Nullable Object> data) {
    activities.insert(event.issue().id(), type, data, event.source(), clock.instant());
    events.publishEvent(event);
  }

  /** For changes that are not in the activity log (an issue being created). */
  @Transactional(propagation = Propagation.MANDATORY)
  void publish(IssueEvent event) {
    events.publishEvent(event);
  }
}
