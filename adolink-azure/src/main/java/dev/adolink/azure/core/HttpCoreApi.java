package dev.adolink.azure.core;

import dev.adolink.azure.paging.Page;
import dev.adolink.azure.paging.Paged;
import dev.adolink.azure.transport.ApiCall;
import dev.adolink.azure.transport.ApiResponse;
import dev.adolink.azure.transport.Transport;
import java.util.List;
import org.jspecify.annotations.Nullable;

final class HttpCoreApi implements CoreApi {

  static final int PAGE_SIZE = 100;
  private static final String TOKEN = "token:";
  private static final String SKIP = "skip:";

  private final Transport transport;

  HttpCoreApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * Projects page with a {@code x-ms-continuationtoken} response header from 6.1 on (passed back as
   * {@code continuationToken}); older servers only know {@code $skip}. The cursor remembers which.
   */
  @Override
  public Paged<Project> projects() {
    return Paged.of(this::projectPage);
  }

  private Page<Project> projectPage(@Nullable String cursor) {
    int skip =
        cursor != null && cursor.startsWith(SKIP) ? Integer.parseInt(cursor.substring(5)) : 0;
    ApiCall.Builder call =
        ApiCall.get("_apis/projects").query("stateFilter", "wellFormed").query("$top", PAGE_SIZE);
    if (cursor != null && cursor.startsWith(TOKEN)) {
      call.query("continuationToken", cursor.substring(TOKEN.length()));
    } else if (skip > 0) {
      call.query("$skip", skip);
    }
    ApiResponse response = transport.execute(call.build());
    List<Project> projects = response.decodeList(Project.class);
    String token = response.header("x-ms-continuationtoken").filter(t -> !t.isBlank()).orElse(null);
    if (token != null) {
      return new Page<>(projects, TOKEN + token);
    }
    return new Page<>(
        projects, projects.size() < PAGE_SIZE ? null : SKIP + (skip + projects.size()));
  }

  @Override
  public Project project(String idOrName) {
    return transport.send(ApiCall.get("_apis/projects/{}", idOrName).build(), Project.class);
  }

  @Override
  public List<Process> processes() {
    return transport.sendList(ApiCall.get("_apis/process/processes").build(), Process.class);
  }

  @Override
  public Operation createProject(NewProject project) {
    return transport.send(
        ApiCall.post("_apis/projects").body(project.body()).build(), Operation.class);
  }

  @Override
  public Operation operation(String operationId) {
    return transport.send(ApiCall.get("_apis/operations/{}", operationId).build(), Operation.class);
  }
}
