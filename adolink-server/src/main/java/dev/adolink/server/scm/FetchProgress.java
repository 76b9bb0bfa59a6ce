package dev.adolink.server.scm;

import dev.adolink.server.system.Jdbc;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes where a release's commit fetch stands, each change committed at once (the job runs outside
 * a transaction), so a user watching the release sees it move.
 */
@Component
class FetchProgress {

  private final JdbcClient jdbc;
  private final Clock clock;

  FetchProgress(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void queued(long releaseId) {
    update(releaseId, "fetch_status = 'PENDING', commits_fetched = 0, commits_total = null", null);
  }

  void started(long releaseId, int attempt) {
    jdbc.sql(
            """
            update scm_releases set fetch_status = 'RUNNING', commits_fetched = 0,
              commits_total = null, fetch_attempts = fetch_attempts + 1, fetch_updated_at = :now
            where id = :id""")
        .param("id", releaseId)
        .param("now", Jdbc.timestamp(clock.instant()))
        .update();
  }

  void total(long releaseId, int total) {
    jdbc.sql(
            "update scm_releases set commits_total = :total, fetch_updated_at = :now where id = :id")
        .param("id", releaseId)
        .param("total", total)
        .param("now", Jdbc.timestamp(clock.instant()))
        .update();
  }

  void fetched(long releaseId, int fetched) {
    jdbc.sql(
            "update scm_releases set commits_fetched = :fetched, fetch_updated_at = :now"
                + " where id = :id")
        .param("id", releaseId)
        .param("fetched", fetched)
        .param("now", Jdbc.timestamp(clock.instant()))
        .update();
  }

  /**
   * The progress of one attempt over a release's refs, fetched one after the other: the total is
   * written once the last ref's range is listed, the count of commits done as they get done.
   */
  CommitFetcher.Progress tracker(long releaseId, int refs) {
    if (refs == 0) {
      total(releaseId, 0);
    }
    return new CommitFetcher.Progress() {
      private int listedRefs;
      private int listed;
      private int done;

      @Override
      public void listed(int commits) {
        listed += commits;
        if (++listedRefs == refs) {
          total(releaseId, listed);
        }
      }

      @Override
      public void done(int commits) {
        if (commits > 0) {
          done += commits;
          fetched(releaseId, done);
        }
      }
    };
  }

  /** Called in the transaction that links the commits. */
  void done(long releaseId) {
    update(releaseId, "fetch_status = 'DONE', fetch_error = null", null);
  }

  void failed(long releaseId, CommitFetch.Status status, String reason) {
    update(releaseId, "fetch_status = '" + status.name() + "', fetch_error = :error", reason);
  }

  /** The job gave up: the last reason stays. */
  void gaveUp(long releaseId) {
    update(releaseId, "fetch_status = 'FAILED'", null);
  }

  private void update(long releaseId, String set, @Nullable String error) {
    JdbcClient.StatementSpec statement =
        jdbc.sql("update scm_releases set " + set + ", fetch_updated_at = :now where id = :id")
            .param("id", releaseId)
            .param("now", Jdbc.timestamp(clock.instant()));
    if (error != null) {
      statement.param("error", error.length() > 4000 ? error.substring(0, 4000) : error);
    }
    statement.update();
  }
}
