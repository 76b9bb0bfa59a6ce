package dev.adolink.bench.harness;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The server's database for a run: H2 in the data directory, or an embedded PostgreSQL. */
public interface Database extends AutoCloseable {

  String name();

  Map<String, String> environment();

  @Override
  default void close() {}

  static Database h2() {
    return new Database() {
      @Override
      public String name() {
        return "h2";
      }

      @Override
      public Map<String, String> environment() {
        return Map.of();
      }
    };
  }

  /** A fresh embedded PostgreSQL (zonky), stopped on close. */
  static Database postgresql() {
    EmbeddedPostgres postgres;
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
    String url = postgres.getJdbcUrl("postgres", "postgres");
    return new Database() {
      @Override
      public String name() {
        return "postgresql";
      }

      @Override
      public Map<String, String> environment() {
        return Map.of(
            "SPRING_DATASOURCE_URL", url,
            "SPRING_DATASOURCE_USERNAME", "postgres",
            "SPRING_DATASOURCE_PASSWORD", "postgres");
      }

      @Override
      public void close() {
        try {
          postgres.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
