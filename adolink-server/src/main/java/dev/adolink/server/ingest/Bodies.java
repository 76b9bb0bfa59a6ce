package dev.adolink.server.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request body through its {@code Content-Encoding}: {@code gzip}/{@code x-gzip}, {@code
 * deflate} (zlib, or raw deflate as some clients send), and none ({@code ""}, {@code identity} and
 * the {@code UTF-8} old SDKs send). Brotli and zstd have no maintained pure-Java decoder and are
 * refused with 415. The decompressed size is limited (a zip bomb stops at the limit: 413).
 */
final class Bodies {

  static final class Unsupported extends Exception {
    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  static final class TooLarge extends Exception {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  static final class Corrupt extends Exception {
    Corrupt(String message) {
      super(message, null, false, false);
    }
  }

  private Bodies() {}

  static byte[] read(InputStream raw, @Nullable String encoding, long maxBytes)
      throws IOException, Unsupported, TooLarge, Corrupt {
    String coding = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    switch (coding) {
      case "", "identity", "utf-8" -> {
        return limited(raw, maxBytes, "the request body");
      }
      case "gzip", "x-gzip" -> {
        try {
          return limited(new GZIPInputStream(raw, 8192), maxBytes, "the decompressed body");
        } catch (ZipException | java.io.EOFException e) {
          throw new Corrupt("the body is not valid gzip");
        }
      }
      case "deflate" -> {
        byte[] compressed = limited(raw, maxBytes, "the request body");
        try {
          return inflate(compressed, false, maxBytes);
        } catch (DataFormatException e) {
          try {
            return inflate(compressed, true, maxBytes);
          } catch (DataFormatException again) {
            throw new Corrupt("the body is not valid deflate (zlib) data");
          }
        }
      }
      default ->
          throw new Unsupported(
              "Content-Encoding '" + coding + "' is not supported; send gzip, deflate or none");
    }
  }

  private static byte[] inflate(byte[] compressed, boolean raw, long maxBytes)
      throws DataFormatException, TooLarge {
    Inflater inflater = new Inflater(raw);
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
      byte[] buffer = new byte[16384];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated");
        }
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new TooLarge("the decompressed body is over " + maxBytes + " bytes");
        }
      }
      return out.toByteArray();
    } finally {
      inflater.end();
    }
  }

  private static byte[] limited(InputStream in, long maxBytes, String what)
      throws IOException, TooLarge {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      out.write(buffer, 0, n);
      if (out.size() > maxBytes) {
        throw new TooLarge(what + " is over " + maxBytes + " bytes");
      }
    }
    return out.toByteArray();
  }
}
