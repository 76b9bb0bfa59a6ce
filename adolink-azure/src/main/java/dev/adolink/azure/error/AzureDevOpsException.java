package dev.adolink.azure.error;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A failed Azure DevOps call. Carries the method and URL of the request (never credentials: the
 * transport builds URLs without user info and never puts secrets in them), the HTTP status (0 when
 * no response came back), and ADO's {@code typeKey} and message when its error body had them.
 *
 * <p>Callers that retry (jobs) use {@link #isRetryable()}: transport failures, throttling and
 * server errors are worth another try later; other failures are not.
 */
public class AzureDevOpsException extends RuntimeException {

  private static final Pattern QUOTED_FIELD = Pattern.compile("field '([^']+)'");

  private final String method;
  private final String url;
  private final int status;
  private final @Nullable String typeKey;
  private final @Nullable String serverMessage;

  public AzureDevOpsException(
      String method,
      String url,
      int status,
      @Nullable String typeKey,
      @Nullable String serverMessage,
      @Nullable Throwable cause) {
    super(describe(method, url, status, typeKey, serverMessage), cause);
    this.method = method;
    this.url = url;
    this.status = status;
    this.typeKey = typeKey;
    this.serverMessage = serverMessage;
  }

  private static String describe(
      String method,
      String url,
      int status,
      @Nullable String typeKey,
      @Nullable String serverMessage) {
    StringBuilder text = new StringBuilder(method).append(' ').append(url);
    if (status > 0) {
      text.append(" -> ").append(status);
    }
    if (typeKey != null) {
      text.append(' ').append(typeKey);
    }
    if (serverMessage != null) {
      text.append(": ").append(serverMessage);
    }
    return text.toString();
  }

  public String method() {
    return method;
  }

  /** The request URL, without user info. */
  public String url() {
    return url;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }

  /** ADO's {@code typeKey} (e.g. {@code GitRepositoryNotFoundException}), when the body had one. */
  public @Nullable String typeKey() {
    return typeKey;
  }

  /** ADO's message (e.g. {@code TF401019: ...}), when the body had one. */
  /**
   * The field a refusal's message names ({@code field 'System.AreaPath'} (TF401347), {@code for
   * field 'Assigned To'} (an unknown identity)): a reference or display name, as ADO gave it.
   */
  public Optional<String> namedField() {
    String message = serverMessage();
    if (message == null) {
      return Optional.empty();
    }
    Matcher field = QUOTED_FIELD.matcher(message);
    return field.find() ? Optional.of(field.group(1)) : Optional.empty();
  }

  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /** Whether the same call may succeed later without any change (throttling, outages, network). */
  public boolean isRetryable() {
    return false;
  }
}
