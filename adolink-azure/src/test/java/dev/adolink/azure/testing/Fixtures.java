package dev.adolink.azure.testing;

import dev.adolink.azure.transport.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** JSON fixtures under {@code src/test/resources/<package path>/<TestClass>/<case>.json}. */
public final class Fixtures {

  private Fixtures() {}

  public static String text(Class<?> testClass, String name) {
    String path =
        "/"
            + testClass.getPackageName().replace('.', '/')
            + "/"
            + testClass.getSimpleName()
            + "/"
            + name;
    try (InputStream in = testClass.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode tree(Class<?> testClass, String name) {
    return Json.mapper().readTree(text(testClass, name));
  }

  public static <T> T read(Class<?> testClass, String name, Class<T> type) {
    return Json.mapper().readValue(text(testClass, name), type);
  }

  /** The items of a {@code {count, value}} fixture. */
  @SuppressWarnings("unchecked")
  public static <T> List<T> list(Class<?> testClass, String name, Class<T> type) {
    JsonNode value = tree(testClass, name).path("value");
    Object array = Json.mapper().treeToValue(value, type.arrayType());
    return Arrays.asList((T[]) array);
  }
}
