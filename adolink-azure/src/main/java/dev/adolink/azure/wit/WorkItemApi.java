package dev.adolink.azure.wit;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.Transport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Work item tracking for one organization. */
public interface WorkItemApi {

  /** The most ids {@code workitemsbatch} and the most writes {@code $batch} take per request. */
  int BATCH_LIMIT = 200;

  static WorkItemApi over(Transport transport) {
    return new HttpWorkItemApi(transport);
  }

  // work items

  WorkItem get(int id, WorkItemExpand expand);

  default WorkItem get(int id) {
    return get(id, WorkItemExpand.NONE);
  }

  /** Several work items ({@code workitemsbatch}, 200 per request); missing ids are left out. */
  List<WorkItem> get(Collection<Integer> ids, WorkItemExpand expand);

  /** Several work items with only these fields. */
  List<WorkItem> get(Collection<Integer> ids, List<String> fields);

  /** Creates a work item of {@code type} (a name such as {@code Bug} or {@code User Story}). */
  WorkItem create(String project, String type, WorkItemPatch patch, WriteOptions options);

  default WorkItem create(String project, String type, WorkItemPatch patch) {
    return create(project, type, patch, WriteOptions.DEFAULT);
  }

  /**
   * Applies a patch. A failed {@code test} (see {@link WorkItemPatch.Builder#expectRevision})
   * throws {@code RevisionConflictException}; a broken field rule {@code RuleValidationException}.
   */
  WorkItem update(int id, WorkItemPatch patch, WriteOptions options);

  default WorkItem update(int id, WorkItemPatch patch) {
    return update(id, patch, WriteOptions.DEFAULT);
  }

  /** Sends the writes through {@code $batch}; results come back in the order of the entries. */
  List<BatchResult> batch(WorkItemBatch batch);

  /** Moves a work item to the recycle bin. */
  void delete(int id);

  // types and process metadata

  List<WorkItemType> types(String project);

  WorkItemType type(String project, String type);

  /** The fields of a type with required flags, defaults and allowed values. */
  List<WorkItemTypeField> typeFields(String project, String type);

  List<WorkItemState> states(String project, String type);

  List<WorkItemTypeCategory> categories(String project);

  /** The area tree of a project down to {@code depth} levels. */
  ClassificationNode areas(String project, int depth);

  ClassificationNode iterations(String project, int depth);

  List<Tag> tags(String project);

  // queries

  /** Runs a WIQL query; {@code project} (nullable) scopes {@code @project}. */
  WiqlResult wiql(@Nullable String project, String query, @Nullable Integer top);

  // comments (a preview API in every version; not available before 5.1)

  Comment addComment(String project, int workItemId, String text, Comment.Format format);

  Comment editComment(String project, int workItemId, int commentId, String text);

  void deleteComment(String project, int workItemId, int commentId);

  Optional<Comment> comment(String project, int workItemId, int commentId);

  /** Every comment, oldest first, all pages (continuation token in the body). */
  Paged<Comment> comments(String project, int workItemId);
}
