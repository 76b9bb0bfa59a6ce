package dev.adolink.azure.wit;

import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.ApiResponse;
import dev.adolink.azure.transport.Json;
import dev.adolink.azure.transport.Transport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Work item reads and writes, including {@code workitemsbatch} and {@code $batch}. */
final class WorkItemCalls {

  private final Transport transport;

  WorkItemCalls(Transport transport) {
    this.transport = transport;
  }

  WorkItem get(int id, WorkItemExpand expand) {
    return transport.send(
        ApiCall.get("_apis/wit/workitems/{}", id).query("$expand", expandParam(expand)).build(),
        WorkItem.class);
  }

  /** {@code fields} and {@code $expand} exclude each other (ADO rejects both). */
  List<WorkItem> get(
      Collection<Integer> ids, @Nullable List<String> fields, @Nullable WorkItemExpand expand) {
    List<Integer> all = List.copyOf(ids);
    List<WorkItem> found = new ArrayList<>(all.size());
    for (int start = 0; start < all.size(); start += WorkItemApi.BATCH_LIMIT) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("ids", all.subList(start, Math.min(all.size(), start + WorkItemApi.BATCH_LIMIT)));
      if (fields != null) {
        body.put("fields", fields);
      } else if (expand != null && expand != WorkItemExpand.NONE) {
        body.put("$expand", expand.wire());
      }
      body.put("errorPolicy", "omit");
      transport
          .sendList(ApiCall.post("_apis/wit/workitemsbatch").body(body).build(), WorkItem.class)
          .stream()
          .filter(Objects::nonNull)
          .forEach(found::add);
    }
    return found;
  }

  WorkItem create(String project, String type, WorkItemPatch patch, WriteOptions options) {
    return transport.send(
        options(ApiCall.post("{}/_apis/wit/workitems/${}", project, type), options)
            .jsonPatch(patch)
            .build(),
        WorkItem.class);
  }

  WorkItem update(int id, WorkItemPatch patch, WriteOptions options) {
    return transport.send(
        options(ApiCall.patch("_apis/wit/workitems/{}", id), options).jsonPatch(patch).build(),
        WorkItem.class);
  }

  void delete(int id) {
    transport.run(ApiCall.delete("_apis/wit/workitems/{}", id).build());
  }

  private static ApiCall.Builder options(ApiCall.Builder call, WriteOptions options) {
    return call.query("validateOnly", options.validateOnly() ? true : null)
        .query("bypassRules", options.bypassRules() ? true : null)
        .query("suppressNotifications", options.suppressNotifications() ? true : null)
        .query("$expand", expandParam(options.expand()));
  }

  private static @Nullable String expandParam(WorkItemExpand expand) {
    return expand == WorkItemExpand.NONE ? null : expand.wire();
  }

  /**
   * {@code POST _apis/wit/$batch}: each entry is {@code {method, uri, headers, body}} with the
   * api-version inside its URI; the answer's entries carry their body as a JSON string.
   */
  List<BatchResult> batch(WorkItemBatch batch) {
    List<WorkItemBatch.Entry> entries = batch.entries();
    List<BatchResult> results = new ArrayList<>(entries.size());
    for (int start = 0; start < entries.size(); start += WorkItemApi.BATCH_LIMIT) {
      List<WorkItemBatch.Entry> chunk =
          entries.subList(start, Math.min(entries.size(), start + WorkItemApi.BATCH_LIMIT));
      ApiCall.VersionedBody body = version -> requests(chunk, version);
      ApiResponse response = transport.execute(ApiCall.post("_apis/wit/$batch").body(body).build());
      for (JsonNode entry : response.json().path("value")) {
        results.add(result(response, entry));
      }
    }
    return results;
  }

  private static List<Map<String, Object>> requests(
      List<WorkItemBatch.Entry> entries, String version) {
    List<Map<String, Object>> requests = new ArrayList<>(entries.size());
    for (WorkItemBatch.Entry entry : entries) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("method", "PATCH");
      request.put("uri", entry.path() + "?api-version=" + version);
      request.put("headers", Map.of("Content-Type", ApiCall.JSON_PATCH));
      request.put("body", entry.patch());
      requests.add(request);
    }
    return requests;
  }

  private static BatchResult result(ApiResponse response, JsonNode entry) {
    int status = entry.path("code").asInt(0);
    JsonNode body = entry.path("body");
    if (body.isString()) {
      try {
        body = Json.mapper().readTree(body.asString());
      } catch (JacksonException notJson) {
        return new BatchResult(status, null, null, body.asString());
      }
    }
    if (status >= 200 && status < 300 && body.isObject()) {
      return new BatchResult(status, response.decode(body, WorkItem.class), null, null);
    }
    List<String> ruleFields = new ArrayList<>();
    for (JsonNode error : body.path("customProperties").path("RuleValidationErrors")) {
      if (error.path("fieldReferenceName").isString()) {
        ruleFields.add(error.path("fieldReferenceName").asString());
      }
    }
    return new BatchResult(
        status,
        null,
        body.path("typeKey").isMissingNode() ? null : body.path("typeKey").asString(),
        body.path("message").isMissingNode() ? null : body.path("message").asString(),
        ruleFields);
  }
}
