package dev.adolink.server.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the {@code source_kind}/{@code source_id} column pair of comments and activities. */
final class Sources {

  private Sources() {}

  static ChangeSource read(ResultSet rs) throws SQLException {
    return new ChangeSource(
        ChangeSource.Kind.valueOf(rs.getString("source_kind")), rs.getLong("source_id"));
  }
}
