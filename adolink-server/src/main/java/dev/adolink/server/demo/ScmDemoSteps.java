package dev.adolink.server.demo;

import static dev.adolink.emulator.git.PushSpec.ChangeSpec.add;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.delete;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.edit;
import static dev.adolink.emulator.git.PushSpec.ChangeSpec.rename;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.git.PushSpec;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The source code demo data: history in the {@code Web/Web} repository, the repository added to the
 * tracker organization, two releases whose commits the server fetches (the second fixes BACKEND-1),
 * a deploy of each, a code mapping, and an issue of the second release whose stack trace links to
 * the code and whose suspect commit is the one that changed the crashing file last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DemoEnvironment.FLAG)
class ScmDemoSteps {

  static final String REPOSITORY = "Web/Web";
  static final String FIRST_RELEASE = "backend@1.0.0";
  static final String SECOND_RELEASE = "backend@1.1.0";

  @Bean
  @Order(400)
  DemoStep sourceCode() {
    return demo -> {
      String org = "/api/0/organizations/" + demo.organizationSlug() + "/";
      String firstHead = history(demo, 1);
      String secondHead = history(demo, 2);
      String repositoryId =
          demo.emulator().repository(demo.ado().name(), "Web", "Web").id().toString();
      demo.api()
          .post(
              org + "repos/",
              Map.of(
                  "provider",
                  "integrations:vsts",
                  "installation",
                  String.valueOf(demo.installationId()),
                  "identifier",
                  repositoryId));
      release(demo, org, FIRST_RELEASE, firstHead, "production");
      release(demo, org, SECOND_RELEASE, secondHead, "staging");
      demo.api()
          .post(
              org + "code-mappings/",
              Map.of(
                  "project",
                  "backend",
                  "repository",
                  REPOSITORY,
                  "stackRoot",
                  "backend/",
                  "sourceRoot",
                  "src/backend/",
                  "defaultBranch",
                  "main"));
      demo.api()
          .post(
              "/api/0/projects/" + demo.organizationSlug() + "/backend/issues/",
              Map.of(
                  "title",
                  "TypeError: unsupported operand in Cart.total",
                  "culprit",
                  "backend/cart.py in total",
                  "release",
                  SECOND_RELEASE,
                  "stacktrace",
                  Map.of(
                      "frames",
                      List.of(
                          Map.of("filename", "backend/checkout.py", "lineNo", 18, "inApp", true),
                          Map.of("filename", "backend/cart.py", "lineNo", 7, "inApp", true)))));
      push(demo, "Log slow checkouts", edit("/src/backend/checkout.py", "import logging\n"));
      demo.note(
          "  repository "
              + REPOSITORY
              + " with releases "
              + FIRST_RELEASE
              + " and "
              + SECOND_RELEASE
              + ": "
              + demo.serverUrl()
              + "/organizations/"
              + demo.organizationSlug()
              + "/releases/");
    };
  }

  /** Pushes the commits of one release; answers its last commit. */
  private static String history(Demo demo, int release) {
    if (release == 1) {
      push(demo, "Start the backend", add("/README.md", "# Backend\n"));
      push(
          demo,
          "Cart with totals",
          add("/src/backend/cart.py", "class Cart:\n    def total(self):\n        return 0\n"),
          add("/src/backend/util.py", "def money(x):\n    return x\n"));
      demo.emulator().generateHistory(demo.ado().name(), "Web", "Web", 25, 2);
      return push(
          demo,
          "Checkout\n\nTakes the cart's total and charges the saved card.",
          add("/src/backend/checkout.py", "from backend.cart import Cart\n"));
    }
    push(demo, "Move money helpers", rename("/src/backend/util.py", "/src/backend/money.py"));
    push(demo, "Drop the old readme", delete("/README.md"), add("/docs/README.md", "# Docs\n"));
    return push(
        demo,
        "Handle empty carts\n\nFixes BACKEND-1",
        edit("/src/backend/cart.py", "class Cart:\n    def total(self):\n        return 0.0\n"));
  }

  private static String push(Demo demo, String message, PushSpec.ChangeSpec... changes) {
    AdoEmulator emulator = demo.emulator();
    List<String> ids =
        emulator
            .commit(
                demo.ado().name(),
                "Web",
                "Web",
                demo.ado().users().get(0).email(),
                "main",
                message,
                changes)
            .commitIds();
    return ids.get(ids.size() - 1);
  }

  private static void release(Demo demo, String org, String version, String head, String env) {
    demo.api()
        .post(
            org + "releases/",
            Map.of(
                "version",
                version,
                "projects",
                List.of("backend"),
                "refs",
                List.of(Map.of("repository", REPOSITORY, "commit", head))));
    demo.api().post(org + "releases/" + version + "/deploys/", Map.of("environment", env));
  }
}
