package dev.adolink.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds the AES-256 key: {@code ADOLINK_SECRET_KEY} if set, else {@code <dataDir>/secret.key},
 * generated on first start with file mode 0600. Instances sharing one PostgreSQL must share the
 * key, so they need {@code ADOLINK_SECRET_KEY}.
 */
final class SecretKeys {

  static final String FILE_NAME = "secret.key";
  private static final int KEY_BYTES = 32;

  private SecretKeys() {}

  static SecretKey load(SystemProperties properties) {
    String configured = properties.secretKey();
    if (configured != null && !configured.isBlank()) {
      return decode(configured, "ADOLINK_SECRET_KEY");
    }
    Path file = properties.dataDir().resolve(FILE_NAME);
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret key " + file, e);
    }
  }

  private static void generate(Path file) throws IOException {
    PrivateDataDirectory.create(file.getParent());
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    byte[] encoded = Base64.getEncoder().encode(key);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException raced) {
      return;
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.write(file, encoded);
  }

  private static SecretKey decode(String base64, String origin) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the secret key in " + origin + " is not valid base64");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          "the secret key in " + origin + " must be 32 bytes (AES-256), found " + key.length);
    }
    return new SecretKeySpec(key, "AES");
  }
}
