package dev.adolink.server.scm;

/**
 * A file a commit changed.
 *
 * @param path with a leading slash, as ADO gives it
 * @param type {@code A}, {@code M} or {@code D}
 */
public record FileChange(String path, String type) {

  static final String ADDED = "A";
  static final String MODIFIED = "M";
  static final String DELETED = "D";
}
