package dev.adolink.emulator.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A change inside the emulator that ADO would announce through service hooks. Published on the
 * {@link EventBus} after the change is applied, in the order the changes happened.
 */
public interface EmulatorEvent {

  /** ADO's event type, e.g. {@code git.push}, {@code workitem.updated}. */
  String eventType();

  /** The event id; the same for every subscription that receives it (the envelope's {@code id}). */
  UUID eventId();

  Instant createdAt();

  /** The organization (also ADO's collection and account id). */
  UUID organizationId();

  /** The project the event belongs to, for the {@code projectId} publisher input. */
  UUID projectId();
}
