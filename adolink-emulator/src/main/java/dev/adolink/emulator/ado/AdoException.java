package dev.adolink.emulator.ado;

import dev.adolink.emulator.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answered the way ADO answers it. Handlers throw it; the dispatcher renders it in one
 * place ({@link #body()}) as {@code {$id, innerException, message, typeName, typeKey, errorCode,
 * eventId}}.
 *
 * <p>{@code typeName} is the .NET type with its assembly, e.g. {@code
 * Microsoft.TeamFoundation.Git.Server.GitRepositoryNotFoundException,
 * Microsoft.TeamFoundation.Git.Server}; {@code typeKey} is its simple name.
 */
public class AdoException extends RuntimeException {

  private static final String WEB_API = "Microsoft.VisualStudio.Services.WebApi";

  private final int status;
  private final String typeName;
  private final int eventId;
  private final ObjectNode customProperties;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public AdoException(int status, String typeName, String message, int eventId) {
    this(status, typeName, message, eventId, null);
  }

  public AdoException(
      int status, String typeName, String message, int eventId, ObjectNode customProperties) {
    super(message);
    this.status = status;
    this.typeName = typeName;
    this.eventId = eventId;
    this.customProperties = customProperties;
  }

  public static AdoException badRequest(String typeName, String message) {
    return new AdoException(400, typeName, message, 3000);
  }

  /** An argument error, as ADO answers a malformed or missing parameter. */
  public static AdoException invalidArgument(String message) {
    return badRequest("System.ArgumentException, mscorlib", message);
  }

  public static AdoException versionNotSpecified(String method) {
    return badRequest(
        WEB_API + ".VssVersionNotSpecifiedException, " + WEB_API,
        "No api-version was supplied for the \""
            + method
            + "\" request. The version must be supplied either as part of the Accept header (e.g."
            + " \"application/json; api-version=1.0\") or as a query parameter (e.g."
            + " \"?api-version=1.0\").");
  }

  public static AdoException invalidVersion(String text) {
    return badRequest(
        WEB_API + ".VssInvalidApiVersionException, " + WEB_API,
        "Invalid api version string: \""
            + text
            + "\". Api version string must be in the format:"
            + " {Major}.{Minor}[-preview[.{ResourceVersion}]].");
  }

  public static AdoException previewRequired(ApiVersion version) {
    return badRequest(
        WEB_API + ".VssInvalidPreviewVersionException, " + WEB_API,
        "The requested version \""
            + version.number()
            + "\" of the resource is under preview. The -preview flag must be supplied in the"
            + " api-version for such requests. For example: \""
            + version.number()
            + "-preview\"");
  }

  public static AdoException versionOutOfRange(ApiVersion requested, ApiVersion latest) {
    return badRequest(
        WEB_API + ".VssVersionOutOfRangeException, " + WEB_API,
        "The requested REST API version of "
            + requested.number()
            + " is out of range for this server. The latest REST API version this server supports"
            + " is "
            + latest.number()
            + ".");
  }

  public static AdoException versionOutOfRangeForRoute(ApiVersion requested, String route) {
    return badRequest(
        WEB_API + ".VssVersionOutOfRangeException, " + WEB_API,
        "The request matched route "
            + route
            + ", but the requested REST API version "
            + requested
            + " was outside the valid version range for this route.");
  }

  public static AdoException unauthorized(String userId) {
    return new AdoException(
        401,
        "Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException,"
            + " Microsoft.TeamFoundation.Framework.Server",
        "TF400813: The user '" + userId + "' is not authorized to access this resource.",
        3000);
  }

  /** No route of the emulator matches the path. */
  public static AdoException routeNotFound(String path) {
    return new AdoException(
        404,
        WEB_API + ".VssResourceNotFoundException, " + WEB_API,
        "API resource location for the path '/" + path + "' is not registered on this server.",
        0);
  }

  public int status() {
    return status;
  }

  public String typeName() {
    return typeName;
  }

  public String typeKey() {
    String type = typeName.split(",", 2)[0];
    return type.substring(type.lastIndexOf('.') + 1);
  }

  /** Adds a response header (e.g. {@code Retry-After}) to the error response. */
  public AdoException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The JSON body ADO sends for this error. */
  public ObjectNode body() {
    ObjectNode body = Json.object();
    body.put("$id", "1");
    if (customProperties != null) {
      body.set("customProperties", customProperties);
    }
    body.putNull("innerException");
    body.put("message", getMessage());
    body.put("typeName", typeName);
    body.put("typeKey", typeKey());
    body.put("errorCode", 0);
    body.put("eventId", eventId);
    return body;
  }
}
