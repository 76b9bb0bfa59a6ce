package dev.adolink.server.scm;

import dev.adolink.azure.error.NotFoundException;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.integration.QuickAsk;
import org.springframework.stereotype.Component;

/**
 * Asks Azure DevOps, when a release is created, whether its head commits exist, so that a mistyped
 * or unpushed commit is refused at once instead of failing the fetch later. A release is never held
 * up by an outage: without an answer in time the commit is accepted unchecked ({@link QuickAsk}).
 */
@Component
class CommitCheck {

  enum Answer {
    KNOWN,
    UNKNOWN,
    UNCHECKED
  }

  private final Installations installations;
  private final QuickAsk quick;

  CommitCheck(Installations installations, QuickAsk quick) {
    this.installations = installations;
    this.quick = quick;
  }

  Answer check(Repo repo, String sha) {
    return quick
        .ask(
            "commit " + sha + " of " + repo.name(),
            () -> {
              try {
                installations.client(repo.installationId()).git().commit(repo.externalId(), sha, 0);
                return Answer.KNOWN;
              } catch (NotFoundException e) {
                return Answer.UNKNOWN;
              }
            })
        .orElse(Answer.UNCHECKED);
  }
}
