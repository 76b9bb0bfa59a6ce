package dev.adolink.server.jobs;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Jobs that gave up, for superusers: list them, and run one again. */
@RestController
class FailedJobController {

  private final Jobs jobs;

  FailedJobController(Jobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping("/api/0/jobs/failed/")
  List<FailedJob> list(
      @AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    requireSuperuser(user);
    return jobs.failed(limit);
  }

  @PostMapping("/api/0/jobs/failed/{id}/retry/")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void retry(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
    requireSuperuser(user);
    jobs.retry(id);
  }

  private static void requireSuperuser(AuthenticatedUser user) {
    if (!user.superuser()) {
      throw ApiException.forbidden("Only superusers can see and retry failed jobs");
    }
  }
}
