package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

  private static final String SELECT =
      """
      select c.*, u.email as author_email, u.name as author_name
      from issue_comments c left join users u on u.id = c.author_id
      """;

  private final JdbcClient jdbc;

  CommentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long issueId,
      @Nullable Long authorId,
      @Nullable String externalAuthor,
      String text,
      ChangeSource source,
      Instant now) {
    return Jdbc.insert(
        jdbc.sql(
                """
                insert into issue_comments (issue_id, author_id, external_author, text,
                  source_kind, source_id, created_at, updated_at)
                values (:issue, :author, :externalAuthor, :text, :sourceKind, :sourceId, :now,
                  :now)""")
            .param("issue", issueId)
            .param("author", authorId, Types.BIGINT)
            .param("externalAuthor", externalAuthor, Types.VARCHAR)
            .param("text", text)
            .param("sourceKind", source.kind().name())
            .param("sourceId", source.id())
            .param("now", Jdbc.timestamp(now)));
  }

  Optional<Comment> find(long issueId, long id) {
    return jdbc.sql(SELECT + "where c.issue_id = :issue and c.id = :id")
        .param("issue", issueId)
        .param("id", id)
        .query(CommentRepository::comment)
        .optional();
  }

  List<Comment> list(long issueId) {
    return jdbc.sql(SELECT + "where c.issue_id = :issue order by c.created_at, c.id")
        .param("issue", issueId)
        .query(CommentRepository::comment)
        .list();
  }

  void updateText(long id, String text, Instant now) {
    jdbc.sql("update issue_comments set text = :text, updated_at = :now where id = :id")
        .param("text", text)
        .param("now", Jdbc.timestamp(now))
        .param("id", id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("delete from issue_comments where id = :id").param("id", id).update();
  }

  private static Comment comment(ResultSet rs, int row) throws SQLException {
    Long authorId = Jdbc.nullableLong(rs, "author_id");
    return new Comment(
        rs.getLong("id"),
        rs.getLong("issue_id"),
        rs.getString("text"),
        authorId == null
            ? null
            : new UserRef(authorId, rs.getString("author_email"), rs.getString("author_name")),
        Sources.read(rs),
        Jdbc.instant(rs, "created_at"),
        Jdbc.instant(rs, "updated_at"),
        rs.getString("external_author"));
  }
}
