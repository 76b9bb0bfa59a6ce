package dev.adolink.server.scm;

import dev.adolink.server.tracker.UserRef;

/**
 * A member who should probably look at an issue, and why.
 *
 * @param reason a sentence: {@code authored a suspect commit (abc12345)}
 * @param commit the suspect commit's sha
 */
public record SuggestedAssignee(UserRef user, String reason, String commit) {}
