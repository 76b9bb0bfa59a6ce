package dev.adolink.server.tracker;

import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.TrackerJson.ActivityJson;
import dev.adolink.server.tracker.TrackerJson.CommentJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comments and the activity log of an issue. */
@RestController
class IssueCommentController {

  record CommentBody(@NotBlank @Size(max = CommentService.MAX_TEXT) String text) {}

  private final OrganizationAccess access;
  private final IssueService issues;
  private final CommentService comments;

  IssueCommentController(OrganizationAccess access, IssueService issues, CommentService comments) {
    this.access = access;
    this.issues = issues;
    this.comments = comments;
  }

  @GetMapping("/api/0/organizations/{org}/issues/{id}/comments/")
  List<CommentJson> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id) {
    Issue issue = issue(user, org, id);
    return comments.list(issue).stream().map(CommentJson::of).toList();
  }

  @PostMapping("/api/0/organizations/{org}/issues/{id}/comments/")
  @ResponseStatus(HttpStatus.CREATED)
  CommentJson add(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @Valid @RequestBody CommentBody body) {
    Issue issue = issue(user, org, id);
    return CommentJson.of(
        comments.add(issue, user.id(), body.text(), ChangeSource.user(user.id())));
  }

  @PutMapping("/api/0/organizations/{org}/issues/{id}/comments/{commentId}/")
  CommentJson edit(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable long commentId,
      @Valid @RequestBody CommentBody body) {
    Issue issue = commentToChange(user, org, id, commentId);
    return CommentJson.of(
        comments.edit(issue, commentId, body.text(), ChangeSource.user(user.id())));
  }

  @DeleteMapping("/api/0/organizations/{org}/issues/{id}/comments/{commentId}/")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id,
      @PathVariable long commentId) {
    Issue issue = commentToChange(user, org, id, commentId);
    comments.delete(issue, commentId, ChangeSource.user(user.id()));
  }

  @GetMapping("/api/0/organizations/{org}/issues/{id}/activities/")
  List<ActivityJson> activities(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String id) {
    Issue issue = issue(user, org, id);
    return issues.activities(issue).stream().map(ActivityJson::of).toList();
  }

  private Issue issue(AuthenticatedUser user, String org, String id) {
    Membership caller = access.require(user, org, Role.MEMBER);
    return issues.get(caller.organization().id(), id);
  }

  /** The comment's issue, if the caller wrote the comment or is a manager. */
  private Issue commentToChange(AuthenticatedUser user, String org, String id, long commentId) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Issue issue = issues.get(caller.organization().id(), id);
    comments.requireChangeableBy(issue, commentId, caller, user.id());
    return issue;
  }
}
