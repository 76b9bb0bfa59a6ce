package dev.adolink.server.tracker;

public record UserRef(long id, String email, String name) {}
