package dev.adolink.azure.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One REST call as an area client describes it: method, host, path relative to that host (already
 * encoded), query, body. The transport adds {@code api-version}, authentication and headers.
 *
 * @param contentType of the body; {@code application/json-patch+json} for work item writes
 * @param accept what the caller reads: JSON by default; anything else (file content) skips the
 *     "non-JSON success means a sign-in page" check
 */
public record ApiCall(
    String method,
    Host host,
    String path,
    List<QueryParam> query,
    @Nullable Object body,
    String contentType,
    String accept,
    ApiResource resource) {

  public static final String JSON = "application/json";
  public static final String JSON_PATCH = "application/json-patch+json";

  /**
   * A body that depends on the api-version the transport settles on (the inner URIs of a {@code
   * $batch} carry it too). Called once per attempt.
   */
  @FunctionalInterface
  public interface VersionedBody {
    Object forVersion(String apiVersion);
  }

  /** A query parameter, unencoded. */
  public record QueryParam(String name, String value) {}

  public ApiCall {
    query = List.copyOf(query);
  }

  public static Builder get(String template, @Nullable Object... args) {
    return new Builder("GET", template, args);
  }

  public static Builder post(String template, @Nullable Object... args) {
    return new Builder("POST", template, args);
  }

  public static Builder patch(String template, @Nullable Object... args) {
    return new Builder("PATCH", template, args);
  }

  public static Builder put(String template, @Nullable Object... args) {
    return new Builder("PUT", template, args);
  }

  public static Builder delete(String template, @Nullable Object... args) {
    return new Builder("DELETE", template, args);
  }

  /** The path and query as sent, without api-version. */
  public String pathAndQuery() {
    StringBuilder text = new StringBuilder(path);
    char separator = '?';
    for (QueryParam param : query) {
      text.append(separator)
          .append(UriEncoding.query(param.name()))
          .append('=')
          .append(UriEncoding.query(param.value()));
      separator = '&';
    }
    return text.toString();
  }

  /** Builds an {@link ApiCall}; see {@link #expand} for the path template. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<QueryParam> query = new ArrayList<>();
    private Host host = Host.ORGANIZATION;
    private @Nullable Object body;
    private String contentType = JSON;
    private String accept = JSON;
    private ApiResource resource = ApiResource.RELEASED;

    private Builder(String method, String template, @Nullable Object[] args) {
      this.method = method;
      this.path = expand(template, args);
    }

    public Builder host(Host host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** Adds a query parameter; a null value adds nothing. */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        query.add(new QueryParam(name, String.valueOf(value)));
      }
      return this;
    }

    /** A JSON body: a record, a list or a {@code JsonNode}. */
    public Builder body(Object body) {
      this.body = Objects.requireNonNull(body);
      return this;
    }

    /** A JSON Patch body (work item create and update). */
    public Builder jsonPatch(Object body) {
      this.contentType = JSON_PATCH;
      return body(body);
    }

    public Builder accept(String accept) {
      this.accept = accept;
      return this;
    }

    public Builder resource(ApiResource resource) {
      this.resource = resource;
      return this;
    }

    public ApiCall build() {
      return new ApiCall(method, host, path, query, body, contentType, accept, resource);
    }
  }

  /**
   * Expands a path template: each {@code {}} takes the next argument, encoded as one path segment;
   * {@code {*}} takes a slash- or backslash-separated path and encodes each of its segments. A null
   * argument removes its placeholder and the slash after it, for ADO's optional {@code {project}/}
   * segments.
   */
  static String expand(String template, @Nullable Object[] args) {
    StringBuilder out = new StringBuilder();
    int argument = 0;
    int i = 0;
    while (i < template.length()) {
      boolean single = template.startsWith("{}", i);
      boolean multi = template.startsWith("{*}", i);
      if (!single && !multi) {
        out.append(template.charAt(i++));
        continue;
      }
      if (argument >= args.length) {
        throw new IllegalArgumentException("too few arguments for " + template);
      }
      Object value = args[argument++];
      i += single ? 2 : 3;
      if (value == null) {
        if (i < template.length() && template.charAt(i) == '/') {
          i++;
        }
        continue;
      }
      String text = String.valueOf(value);
      if (single) {
        out.append(UriEncoding.segment(text));
      } else {
        List<String> segments = new ArrayList<>();
        for (String segment : text.split("[/\\\\]")) {
          if (!segment.isEmpty()) {
            segments.add(UriEncoding.segment(segment));
          }
        }
        out.append(String.join("/", segments));
      }
    }
    if (argument != args.length) {
      throw new IllegalArgumentException("too many arguments for " + template);
    }
    return out.toString();
  }
}
