package dev.adolink.server.tracker;

/**
 * A project was created; published in the transaction that creates it, so listeners can add what
 * every project has (its first client key) atomically with it.
 */
public record ProjectCreated(Project project) {}
