package dev.adolink.azure.transport;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of path segments and query components (RFC 3986), without form "+". */
final class UriEncoding {

  private static final String HEX = "0123456789ABCDEF";

  private UriEncoding() {}

  /** A path segment: everything but unreserved characters and {@code $ ' ( ) * , ; = : @}. */
  static String segment(String value) {
    return encode(value, "-._~!$&'()*+,;=:@");
  }

  /**
   * A query name or value: like a segment, and also keeps {@code / ?}, but encodes {@code & = +}.
   */
  static String query(String value) {
    return encode(value, "-._~!$'()*,;:@/?");
  }

  private static String encode(String value, String allowed) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || (c < 0x80 && allowed.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }
}
