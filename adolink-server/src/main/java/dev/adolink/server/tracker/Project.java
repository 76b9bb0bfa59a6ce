package dev.adolink.server.tracker;

public record Project(long id, long organizationId, String slug, String name) {}
