package dev.adolink.server.tracker;

import java.time.Instant;

/** A user's membership of an organization, as listed to its members. */
public record Member(UserRef user, Role role, Instant created) {}
