package dev.adolink.azure.wit;

import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.paging.Page;
import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The work item comments API (preview in every version, so it names its resource). */
final class CommentCalls {

  private static final String COMMENTS = "{}/_apis/wit/workItems/{}/comments";
  private static final int PAGE_SIZE = 200;

  private final Transport transport;

  CommentCalls(Transport transport) {
    this.transport = transport;
  }

  /** HTML is ADO's default; {@code format=markdown} exists from 7.1. */
  Comment add(String project, int workItemId, String text, Comment.Format format) {
    return transport.send(
        ApiCall.post(COMMENTS, project, workItemId)
            .query("format", format == Comment.Format.MARKDOWN ? "markdown" : null)
            .body(Map.of("text", text))
            .resource(WitResources.COMMENTS)
            .build(),
        Comment.class);
  }

  Comment edit(String project, int workItemId, int commentId, String text) {
    return transport.send(
        ApiCall.patch(COMMENTS + "/{}", project, workItemId, commentId)
            .body(Map.of("text", text))
            .resource(WitResources.COMMENTS)
            .build(),
        Comment.class);
  }

  void delete(String project, int workItemId, int commentId) {
    transport.run(
        ApiCall.delete(COMMENTS + "/{}", project, workItemId, commentId)
            .resource(WitResources.COMMENTS)
            .build());
  }

  Optional<Comment> get(String project, int workItemId, int commentId) {
    try {
      return Optional.of(
          transport.send(
              ApiCall.get(COMMENTS + "/{}", project, workItemId, commentId)
                  .resource(WitResources.COMMENTS)
                  .build(),
              Comment.class));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  /** Pages carry their {@code continuationToken} in the body ({@code CommentList}). */
  Paged<Comment> list(String project, int workItemId) {
    return Paged.of(
        cursor -> {
          CommentList page =
              transport.send(
                  ApiCall.get(COMMENTS, project, workItemId)
                      .query("$top", PAGE_SIZE)
                      .query("order", "asc")
                      .query("continuationToken", cursor)
                      .resource(WitResources.COMMENTS)
                      .build(),
                  CommentList.class);
          String next = page.continuationToken();
          return new Page<>(page.comments(), next == null || next.isBlank() ? null : next);
        });
  }

  record CommentList(List<Comment> comments, @Nullable String continuationToken) {
    CommentList {
      comments = comments == null ? List.of() : List.copyOf(comments);
    }
  }
}
