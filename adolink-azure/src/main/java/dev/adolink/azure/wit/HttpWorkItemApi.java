package dev.adolink.azure.wit;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.Transport;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The WIT area, split by concern into work item writes, process metadata and comments. */
final class HttpWorkItemApi implements WorkItemApi {

  private final Transport transport;
  private final WorkItemCalls items;
  private final ProcessMetadata metadata;
  private final CommentCalls comments;

  HttpWorkItemApi(Transport transport) {
    this.transport = transport;
    this.items = new WorkItemCalls(transport);
    this.metadata = new ProcessMetadata(transport);
    this.comments = new CommentCalls(transport);
  }

  @Override
  public WorkItem get(int id, WorkItemExpand expand) {
    return items.get(id, expand);
  }

  @Override
  public List<WorkItem> get(Collection<Integer> ids, WorkItemExpand expand) {
    return items.get(ids, null, expand);
  }

  @Override
  public List<WorkItem> get(Collection<Integer> ids, List<String> fields) {
    return items.get(ids, fields, null);
  }

  @Override
  public WorkItem create(String project, String type, WorkItemPatch patch, WriteOptions options) {
    return items.create(project, type, patch, options);
  }

  @Override
  public WorkItem update(int id, WorkItemPatch patch, WriteOptions options) {
    return items.update(id, patch, options);
  }

  @Override
  public List<BatchResult> batch(WorkItemBatch batch) {
    return items.batch(batch);
  }

  @Override
  public void delete(int id) {
    items.delete(id);
  }

  @Override
  public List<WorkItemType> types(String project) {
    return metadata.types(project);
  }

  @Override
  public WorkItemType type(String project, String type) {
    return metadata.type(project, type);
  }

  @Override
  public List<WorkItemTypeField> typeFields(String project, String type) {
    return metadata.typeFields(project, type);
  }

  @Override
  public List<WorkItemState> states(String project, String type) {
    return metadata.states(project, type);
  }

  @Override
  public List<WorkItemTypeCategory> categories(String project) {
    return metadata.categories(project);
  }

  @Override
  public ClassificationNode areas(String project, int depth) {
    return metadata.node(project, "Areas", depth);
  }

  @Override
  public ClassificationNode iterations(String project, int depth) {
    return metadata.node(project, "Iterations", depth);
  }

  @Override
  public List<Tag> tags(String project) {
    return metadata.tags(project);
  }

  @Override
  public WiqlResult wiql(@Nullable String project, String query, @Nullable Integer top) {
    return transport.send(
        ApiCall.post("{}/_apis/wit/wiql", project)
            .query("$top", top)
            .body(Map.of("query", query))
            .build(),
        WiqlResult.class);
  }

  @Override
  public Comment addComment(String project, int workItemId, String text, Comment.Format format) {
    return comments.add(project, workItemId, text, format);
  }

  @Override
  public Comment editComment(String project, int workItemId, int commentId, String text) {
    return comments.edit(project, workItemId, commentId, text);
  }

  @Override
  public void deleteComment(String project, int workItemId, int commentId) {
    comments.delete(project, workItemId, commentId);
  }

  @Override
  public Optional<Comment> comment(String project, int workItemId, int commentId) {
    return comments.get(project, workItemId, commentId);
  }

  @Override
  public Paged<Comment> comments(String project, int workItemId) {
    return comments.list(project, workItemId);
  }
}
