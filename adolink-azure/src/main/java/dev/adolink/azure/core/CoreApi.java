package dev.adolink.azure.core;

import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.Transport;
import java.util.List;

/** Projects and processes of one organization. */
public interface CoreApi {

  static CoreApi over(Transport transport) {
    return new HttpCoreApi(transport);
  }

  /** Every well-formed project, all pages (continuation token, or {@code $skip} on old servers). */
  Paged<Project> projects();

  /** One project by id or name. */
  Project project(String idOrName);

  List<Process> processes();

  /** Queues the creation of a project; follow it with {@link #operation(String)}. */
  Operation createProject(NewProject project);

  Operation operation(String operationId);
}
