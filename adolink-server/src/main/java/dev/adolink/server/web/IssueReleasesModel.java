package dev.adolink.server.web;

import dev.adolink.server.scm.Deploy;
import dev.adolink.server.scm.Release;
import dev.adolink.server.scm.Releases;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.IssueService;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The issue page's releases: the release it was first seen in and, once a release's commit fixed it
 * ({@code Fixes PROJ-12}), that release with where it went: the first successful deploy to each
 * environment, earliest first.
 */
@Component
class IssueReleasesModel {

  /**
   * A release named by an issue.
   *
   * @param known whether adolink has the release (a page to link to); an SDK may name any version
   */
  record ReleaseView(String version, boolean known) {}

  /** The first successful deploy of the fixing release to one environment. */
  record Shipped(String environment, Instant at) {}

  record Fix(ReleaseView release, List<Shipped> shipped) {}

  private final IssueService issues;
  private final Releases releases;

  IssueReleasesModel(IssueService issues, Releases releases) {
    this.issues = issues;
    this.releases = releases;
  }

  void fill(Model model, Issue issue) {
    String first = issue.firstRelease();
    model.addAttribute(
        "firstRelease",
        first == null ? null : new ReleaseView(first, release(issue, first).isPresent()));
    model.addAttribute(
        "fixedIn", issues.resolvedInRelease(issue).map(v -> fix(issue, v)).orElse(null));
  }

  private Fix fix(Issue issue, String version) {
    Optional<Release> release = release(issue, version);
    List<Shipped> shipped = release.map(r -> firstDeploys(releases.deploys(r))).orElse(List.of());
    return new Fix(new ReleaseView(version, release.isPresent()), shipped);
  }

  private Optional<Release> release(Issue issue, String version) {
    return releases.find(issue.organizationId(), version);
  }

  static List<Shipped> firstDeploys(List<Deploy> deploys) {
    Map<String, Instant> first = new HashMap<>();
    for (Deploy deploy : deploys) {
      if (deploy.succeeded()) {
        first.merge(deploy.environment(), deploy.finishedAt(), (a, b) -> b.isBefore(a) ? b : a);
      }
    }
    return first.entrySet().stream()
        .map(e -> new Shipped(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Shipped::at).thenComparing(Shipped::environment))
        .toList();
  }
}
