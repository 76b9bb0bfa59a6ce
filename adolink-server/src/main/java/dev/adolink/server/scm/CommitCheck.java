package dev.adolink.server.scm;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.Installations;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Asks Azure DevOps, when a release is created, whether its head commits exist, so that a mistyped
 * or unpushed commit is refused at once instead of failing the fetch later. ADO gets a short time
 * to answer: a release is never held up by an outage, it is accepted unchecked.
 */
@Component
class CommitCheck implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CommitCheck.class);

  /** How long a release's creation waits for ADO before it accepts the commit unchecked. */
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  enum Answer {
    KNOWN,
    UNKNOWN,
    UNCHECKED
  }

  private final Installations installations;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "commit-check");
            thread.setDaemon(true);
            return thread;
          });

  CommitCheck(Installations installations) {
    this.installations = installations;
  }

  Answer check(Repo repo, String sha) {
    CompletableFuture<Answer> answer =
        CompletableFuture.supplyAsync(() -> ask(repo, sha), executor);
    try {
      return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      log.info(
          "Azure DevOps did not answer within {} about commit {} of {}", TIMEOUT, sha, repo.name());
      return Answer.UNCHECKED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.UNCHECKED;
    } catch (ExecutionException e) {
      log.info("could not check commit {} of {}", sha, repo.name(), e.getCause());
      return Answer.UNCHECKED;
    }
  }

  private Answer ask(Repo repo, String sha) {
    try {
      installations.client(repo.integrationId()).git().commit(repo.externalId(), sha, 0);
      return Answer.KNOWN;
    } catch (NotFoundException e) {
      return Answer.UNKNOWN;
    } catch (AzureDevOpsException | InstallationPausedException e) {
      log.info("could not check commit {} of {}: {}", sha, repo.name(), e.getMessage());
      return Answer.UNCHECKED;
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
