package dev.adolink.server.system;

import java.io.Serializable;

/**
 * Who is calling: the principal of every authenticated request, whether it came with an API token,
 * Basic credentials or a UI session. Controllers take it as {@code @AuthenticationPrincipal
 * AuthenticatedUser user}; what the user may do in an organization is decided by the tracker's
 * memberships, not here.
 */
public record AuthenticatedUser(long id, String email, boolean superuser) implements Serializable {}
