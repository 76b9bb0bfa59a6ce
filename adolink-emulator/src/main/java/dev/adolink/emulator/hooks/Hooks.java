package dev.adolink.emulator.hooks;

import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.EmulatorContext;
import dev.adolink.emulator.events.EmulatorEvent;
import dev.adolink.emulator.seed.Seeder;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The service hooks feature: subscriptions (REST and control API) and the delivery engine, which
 * listens to every event on the bus. Tests wait for deliveries with {@link #awaitIdle()} and move
 * retries forward with the emulator clock.
 *
 * <pre>{@code
 * ado.clock().freeze();
 * // ... a work item changes: its deliveries are due now
 * ado.hooks().awaitIdle();                       // sent, answered, recorded
 * ado.clock().advance(Duration.ofSeconds(1));    // the first fast retry is due
 * ado.hooks().awaitIdle();
 * }</pre>
 */
public final class Hooks implements AutoCloseable {

  private final Subscriptions subscriptions;
  private final SubscriptionJson json;
  private final Deliveries deliveries;

  public Hooks(EmulatorContext context) {
    this.subscriptions = new Subscriptions(context.clock());
    this.json = new SubscriptionJson(context.urls());
    this.deliveries = new Deliveries(context.store(), context.clock(), context.urls());
    context.events().subscribe(EmulatorEvent.class, deliveries::onEvent);
    context.store().onReset(deliveries::clear);
    context.clock().onMove(deliveries::pump);
  }

  public List<Area> areas() {
    return List.of(
        new HooksArea(subscriptions, json, deliveries), new HooksControlArea(subscriptions, json));
  }

  /** The seed step for an organization's {@code subscriptions} and {@code canManageHooks}. */
  public Seeder.OrganizationStep seedStep() {
    return new HooksSeed(subscriptions);
  }

  /** The delivery log ({@code GET /_emulator/deliveries}). */
  public Deliveries deliveries() {
    return deliveries;
  }

  /** Sends what is due by the emulator clock and waits until nothing is due or in flight. */
  public void awaitIdle() {
    deliveries.awaitIdle();
  }

  public void awaitIdle(Duration timeout) {
    deliveries.awaitIdle(timeout);
  }

  /** How long a delivery may take before it counts as a timeout (default 20 s). */
  public void deliveryTimeout(Duration timeout) {
    deliveries.timeout(timeout);
  }

  /** Sets a subscription's status, as ADO (or its owner) would. */
  public void status(Organization org, UUID subscriptionId, SubscriptionStatus status) {
    subscriptions.setStatus(org, subscriptionId, status, null);
  }

  /** The ids of an organization's subscriptions, oldest first. */
  public List<UUID> subscriptionIds(Organization org) {
    return org.read(() -> List.copyOf(HooksState.of(org).subscriptions.keySet()));
  }

  /** Grants or withdraws a member's "Edit subscriptions" permission. */
  public void canManageHooks(Organization org, User user, boolean allowed) {
    Subscriptions.permit(org, user, allowed);
  }

  @Override
  public void close() {
    deliveries.close();
  }
}
