package dev.adolink.server.tracker;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an issue's activity log.
 *
 * @param data what changed, by type: {@code {status, previousStatus}}, {@code {assignee,
 *     previousAssignee}} (emails), {@code {commentId, text}}
 * @param user the acting user when the source is a user
 */
public record Activity(
    long id,
    long issueId,
    ActivityType type,
    Map<String, @Nullable Object> data,
    ChangeSource source,
    @Nullable UserRef user,
    Instant created) {}
