package dev.adolink.server.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} from servlet filters (authentication, body size), which answer before
 * Spring MVC and its {@link ApiExceptionHandler} are reached.
 */
@Component
class ApiErrorWriter {

  private final JsonMapper json;

  ApiErrorWriter(JsonMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), error);
  }
}
