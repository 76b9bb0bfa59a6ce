package dev.adolink.server.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.IssueService;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/0/organizations/{org}/integrations/{id}/sync-log/?issue=&direction=&limit=}: what
 * the sync did, newest first. {@code issue} takes an issue id or short id, {@code direction} {@code
 * inbound} or {@code outbound}.
 */
@RestController
class SyncLogController {

  record EntryJson(
      SyncLog.Direction direction,
      @Nullable String issueId,
      int workItemId,
      SyncLog.Field field,
      @Nullable String oldValue,
      @Nullable String newValue,
      SyncLog.Result result,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String error,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String errorSentence,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SyncActor actor,
      Instant createdAt) {

    static EntryJson of(SyncLog.Stored stored) {
      SyncLog.Entry entry = stored.entry();
      return new EntryJson(
          entry.direction(),
          entry.issueId() == null ? null : String.valueOf(entry.issueId()),
          entry.workItemId(),
          entry.field(),
          entry.oldValue(),
          entry.newValue(),
          entry.result(),
          entry.error(),
          entry.sentence(),
          entry.actor(),
          stored.createdAt());
    }
  }

  private final OrganizationAccess access;
  private final Installations installations;
  private final IssueService issues;
  private final SyncLog log;

  SyncLogController(
      OrganizationAccess access, Installations installations, IssueService issues, SyncLog log) {
    this.access = access;
    this.installations = installations;
    this.issues = issues;
    this.log = log;
  }

  @GetMapping("/api/0/organizations/{org}/integrations/{id}/sync-log/")
  List<EntryJson> syncLog(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String issue,
      @RequestParam(required = false) @Nullable String direction,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Installation installation = installations.require(caller.organization().id(), id);
    Long issueId = null;
    if (issue != null && !issue.isBlank()) {
      issueId =
          issues
              .find(caller.organization().id(), issue.trim())
              .orElseThrow(() -> ApiException.invalid("issue", "no issue " + issue + " in " + org))
              .id();
    }
    SyncLog.Direction only = null;
    if (direction != null && !direction.isBlank()) {
      only =
          switch (direction) {
            case "inbound" -> SyncLog.Direction.INBOUND;
            case "outbound" -> SyncLog.Direction.OUTBOUND;
            default -> throw ApiException.invalid("direction", "must be inbound or outbound");
          };
    }
    return log.list(installation.id(), issueId, only, limit).stream().map(EntryJson::of).toList();
  }
}
