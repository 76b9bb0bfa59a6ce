package dev.adolink.emulator.fidelity;

import dev.adolink.emulator.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One fidelity case: an {@code httpExamples} file of the official spec (copied under {@code
 * FidelityTest/examples/<area>/<resource>/}) turned into a request against the emulator, and the
 * response shape it must have.
 */
record Example(
    String name,
    String method,
    String url,
    String body,
    String contentType,
    int status,
    JsonNode expected,
    List<String> ignored) {

  private static final Map<String, String> HOSTS =
      Map.of(
          "https://dev.azure.com/", "",
          "https://vssps.dev.azure.com/", "_hosts/vssps/",
          "https://almsearch.dev.azure.com/", "_hosts/almsearch/",
          "https://vsrm.dev.azure.com/", "_hosts/vsrm/",
          "https://app.vssps.visualstudio.com/", "_hosts/app.vssps/");

  /**
   * Reads a case of {@code cases.json}; {@code replace} maps literal text of the example to tokens.
   */
  static Example of(JsonNode c, Map<String, String> replace) {
    String file = c.path("example").asString();
    JsonNode example = read(file);
    String url = Json.text(c, "url", example.path("x-ms-vss-request-url").asString());
    String path = relative(url);
    String method =
        Json.text(c, "method", Json.text(example, "x-ms-vss-request-method", methodFromName(file)));
    JsonNode responses = example.path("responses");
    String code =
        c.has("status") ? c.path("status").asString() : responses.propertyNames().iterator().next();
    JsonNode bodyNode = c.has("body") ? c.get("body") : example.path("parameters").get("body");
    String body = bodyNode == null || bodyNode.isNull() ? null : bodyNode.toString();
    path = withVersion(path, Json.text(c, "apiVersion", "7.1"));
    for (Map.Entry<String, String> r : replace.entrySet()) {
      path = path.replace(r.getKey(), r.getValue());
      body = body == null ? null : body.replace(r.getKey(), r.getValue());
    }
    List<String> ignored = new ArrayList<>();
    c.path("ignore").forEach(i -> ignored.add(i.asString()));
    return new Example(
        file,
        method,
        path.replace(" ", "%20"),
        body,
        Json.text(c, "contentType", "application/json"),
        Integer.parseInt(code),
        responses.path(code).path("body"),
        ignored);
  }

  static JsonNode read(String file) {
    try (InputStream in = Example.class.getResourceAsStream("FidelityTest/examples/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no example " + file + " (copy it from the spec's httpExamples)");
      }
      byte[] bytes = in.readAllBytes();
      int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
      return Json.MAPPER.readTree(java.util.Arrays.copyOfRange(bytes, bom, bytes.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code https://dev.azure.com/fabrikam/_apis/...} → {@code fabrikam/_apis/...} below the
   * emulator's root.
   */
  private static String relative(String url) {
    for (Map.Entry<String, String> host : HOSTS.entrySet()) {
      if (url.regionMatches(true, 0, host.getKey(), 0, host.getKey().length())) {
        return host.getValue() + url.substring(host.getKey().length());
      }
    }
    throw new IllegalArgumentException("unknown host in " + url);
  }

  /** Replaces the example's api-version (often 1.0 or 2.0-preview) with the case's. */
  private static String withVersion(String path, String version) {
    String clean = path.replaceAll("([?&])api-version=[^&]*&?", "$1").replaceAll("[?&]$", "");
    return clean + (clean.contains("?") ? "&" : "?") + "api-version=" + version;
  }

  private static String methodFromName(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int cut = name.indexOf('_');
    return cut > 0 ? name.substring(0, cut).toUpperCase() : "GET";
  }
}
