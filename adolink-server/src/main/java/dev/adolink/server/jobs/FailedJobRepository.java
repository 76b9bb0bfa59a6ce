package dev.adolink.server.jobs;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FailedJobRepository {

  private final JdbcClient jdbc;

  FailedJobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a failure; a job of the same type and key that failed before is replaced. */
  FailedJob record(
      String type, String key, String payload, int attempts, String error, Instant now) {
    jdbc.sql("delete from failed_jobs where job_type = :type and job_key = :key")
        .param("type", type)
        .param("key", key)
        .update();
    long id =
        Jdbc.insert(
            jdbc.sql(
                    """
                    insert into failed_jobs
                      (job_type, job_key, payload, attempts, last_error, failed_at)
                    values (:type, :key, :payload, :attempts, :error, :now)""")
                .param("type", type)
                .param("key", key)
                .param("payload", payload)
                .param("attempts", attempts)
                .param("error", error)
                .param("now", Jdbc.timestamp(now)));
    return new FailedJob(id, type, key, payload, attempts, error, now);
  }

  List<FailedJob> list(int limit) {
    return jdbc.sql("select * from failed_jobs order by failed_at desc, id desc limit :limit")
        .param("limit", limit)
        .query(FailedJobRepository::failedJob)
        .list();
  }

  Optional<FailedJob> find(long id) {
    return jdbc.sql("select * from failed_jobs where id = :id")
        .param("id", id)
        .query(FailedJobRepository::failedJob)
        .optional();
  }

  void delete(long id) {
    jdbc.sql("delete from failed_jobs where id = :id").param("id", id).update();
  }

  private static FailedJob failedJob(ResultSet rs, int row) throws SQLException {
    return new FailedJob(
        rs.getLong("id"),
        rs.getString("job_type"),
        rs.getString("job_key"),
        rs.getString("payload"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        Jdbc.instant(rs, "failed_at"));
  }
}
