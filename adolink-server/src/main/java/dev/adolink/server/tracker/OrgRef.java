package dev.adolink.server.tracker;

public record OrgRef(long id, String slug, String name) {}
