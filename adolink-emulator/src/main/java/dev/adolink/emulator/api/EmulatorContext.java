package dev.adolink.emulator.api;

import dev.adolink.emulator.auth.Credentials;
import dev.adolink.emulator.clock.EmulatorClock;
import dev.adolink.emulator.events.EventBus;
import dev.adolink.emulator.faults.Faults;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.emulator.store.Store;

/** The shared services every area is built with. */
public record EmulatorContext(
    Store store,
    EmulatorClock clock,
    EventBus events,
    Credentials credentials,
    Urls urls,
    Faults faults,
    RequestLog requestLog) {}
