package dev.adolink.azure.auth;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** What credentials may use from the transport: its clock and a form POST to a token endpoint. */
public interface AuthContext {

  Clock clock();

  /**
   * POSTs {@code application/x-www-form-urlencoded} to a token endpoint and returns the answer
   * whatever its status. The form is never logged.
   *
   * @throws dev.adolink.azure.error.TransportException when no answer came back
   */
  FormResponse postForm(URI endpoint, Map<String, String> form);

  /** A token endpoint's raw answer. */
  record FormResponse(int status, String contentType, String body) {
    @Override
    public String toString() {
      return "FormResponse[status=" + status + ", contentType=" + contentType + "]";
    }
  }
}
