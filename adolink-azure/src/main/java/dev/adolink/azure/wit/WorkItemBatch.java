package dev.adolink.azure.wit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several work item writes for one {@code $batch} request (at most 200 per request; {@link
 * WorkItemApi#batch} splits larger batches). Each write succeeds or fails on its own.
 */
public final class WorkItemBatch {

  /** One write: {@code PATCH} of a work item path (relative to the organization). */
  public record Entry(String path, WorkItemPatch patch) {}

  private final List<Entry> entries;

  private WorkItemBatch(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Entry> entries() {
    return entries;
  }

  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    public Builder update(int id, WorkItemPatch patch) {
      entries.add(new Entry("/_apis/wit/workitems/" + id, Objects.requireNonNull(patch)));
      return this;
    }

    public Builder create(String project, String type, WorkItemPatch patch) {
      entries.add(
          new Entry(
              "/" + WitPaths.segment(project) + "/_apis/wit/workitems/$" + WitPaths.segment(type),
              Objects.requireNonNull(patch)));
      return this;
    }

    public WorkItemBatch build() {
      return new WorkItemBatch(entries);
    }
  }
}
