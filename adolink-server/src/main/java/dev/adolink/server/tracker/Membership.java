package dev.adolink.server.tracker;

/** The caller's standing in an organization, as checked by {@link OrganizationAccess}. */
public record Membership(OrgRef organization, Role role) {}
