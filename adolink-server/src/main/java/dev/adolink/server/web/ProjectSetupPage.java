package dev.adolink.server.web;

import dev.adolink.server.ingest.ClientKeys;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectService;
import dev.adolink.server.tracker.Role;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A project's setup page: its DSN and how to point the official Sentry SDKs (Java, .NET, Node,
 * Python, the browser) at it.
 */
@Controller
class ProjectSetupPage {

  static final String PATH = "/organizations/{org}/projects/{project}/";

  /** One SDK's setup: where to get it and the lines that send errors to this project. */
  record Snippet(String id, String name, String install, String code) {}

  private final OrganizationAccess access;
  private final ProjectService projects;
  private final ClientKeys keys;

  ProjectSetupPage(OrganizationAccess access, ProjectService projects, ClientKeys keys) {
    this.access = access;
    this.projects = projects;
    this.keys = keys;
  }

  @GetMapping(PATH)
  String show(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable String project,
      Model model) {
    Membership caller = access.require(user, org, Role.MEMBER);
    Project target = projects.require(caller.organization(), project);
    String dsn = keys.dsn(target).orElse(null);
    model.addAttribute("org", caller.organization());
    model.addAttribute("project", target);
    model.addAttribute("dsn", dsn);
    model.addAttribute("snippets", dsn == null ? List.of() : snippets(dsn));
    return "web/project";
  }

  static List<Snippet> snippets(String dsn) {
    return List.of(
        new Snippet(
            "java",
            "Java",
            "Maven: io.sentry:sentry (or sentry-spring-boot-starter-jakarta)",
            "Sentry.init(options -> {\n"
                + "  options.setDsn(\""
                + dsn
                + "\");\n"
                + "  options.setRelease(\"my-app@1.0.0\");\n"
                + "  options.setEnvironment(\"production\");\n"
                + "});"),
        new Snippet(
            "dotnet",
            ".NET",
            "dotnet add package Sentry",
            "SentrySdk.Init(options =>\n{\n    options.Dsn = \""
                + dsn
                + "\";\n    options.Release = \"my-app@1.0.0\";\n});"),
        new Snippet(
            "node",
            "Node.js",
            "npm install @sentry/node",
            "import * as Sentry from \"@sentry/node\";\n\nSentry.init({\n  dsn: \""
                + dsn
                + "\",\n  release: \"my-app@1.0.0\",\n});"),
        new Snippet(
            "python",
            "Python",
            "pip install sentry-sdk",
            "import sentry_sdk\n\nsentry_sdk.init(\n    dsn=\""
                + dsn
                + "\",\n    release=\"my-app@1.0.0\",\n)"),
        new Snippet(
            "browser",
            "Browser",
            "npm install @sentry/browser",
            "import * as Sentry from \"@sentry/browser\";\n\nSentry.init({\n  dsn: \""
                + dsn
                + "\",\n  release: \"my-app@1.0.0\",\n});"));
  }
}
