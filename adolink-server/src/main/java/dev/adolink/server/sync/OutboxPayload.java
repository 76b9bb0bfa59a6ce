package dev.adolink.server.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What an outbox row asks to write, by {@link Outbox.Kind}, stored as JSON in {@code
 * sync_outbox.payload} (absent parts are left out; rows stored before these records read the same).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
sealed interface OutboxPayload {

  /** The value the sync log shows for the row (the tracker's side). */
  @Nullable String logValue();

  /** {@code {status}}: {@code resolved} or {@code unresolved}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record StatusChange(String status) implements OutboxPayload {

    boolean resolves() {
      return "resolved".equals(status);
    }

    @Override
    public String logValue() {
      return status;
    }
  }

  /** {@code {userId?, email?, name?}}; no user unassigns. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AssigneeChange(@Nullable Long userId, @Nullable String email, @Nullable String name)
      implements OutboxPayload {

    static final AssigneeChange NOBODY = new AssigneeChange(null, null, null);

    boolean unassigns() {
      return userId == null;
    }

    @Override
    public @Nullable String logValue() {
      return email;
    }
  }

  /** {@code {commentId, text?, author?}}: the comment added, edited or deleted. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CommentChange(long commentId, @Nullable String text, @Nullable String author)
      implements OutboxPayload {

    @Override
    public @Nullable String logValue() {
      return text;
    }
  }

  /** {@code {level}}: the new level ({@code fatal} … {@code debug}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PriorityChange(String level) implements OutboxPayload {

    @Override
    public String logValue() {
      return level;
    }
  }
}
