package dev.adolink.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat parses the query and form parameters on the first {@code getParameter} call, wherever that
 * is (a security filter, a controller's {@code @RequestParam}), and throws {@link
 * InvalidParameterException} when there are more than {@code server.tomcat.max-parameter-count} or
 * one is malformed. This filter, and {@link ApiExceptionHandler} inside Spring MVC, answer that
 * with a 400 that says what to fix instead of a 500.
 */
class ParameterLimitFilter extends OncePerRequestFilter {

  private final int maxParameters;
  private final ApiErrorWriter errors;

  ParameterLimitFilter(int maxParameters, ApiErrorWriter errors) {
    this.maxParameters = maxParameters;
    this.errors = errors;
  }

  private static boolean isInvalidParameters(Throwable e) {
    return JsonErrors.find(e, InvalidParameterException.class) != null;
  }

  /** The answer to a request whose parameters Tomcat refused. */
  static ApiError invalidParameters(HttpServletRequest request, int maxParameters) {
    int inQuery = count(request.getQueryString());
    if (maxParameters >= 0 && inQuery > maxParameters) {
      return ApiError.of(
          "Too many request parameters: at most "
              + maxParameters
              + " per request, this one has "
              + inQuery);
    }
    return ApiError.of(
        "The request parameters could not be read: at most "
            + maxParameters
            + " query and form parameters per request, each URL-encoded UTF-8");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!isInvalidParameters(e) || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      errors.write(response, HttpStatus.BAD_REQUEST, invalidParameters(request, maxParameters));
    }
  }

  private static int count(@Nullable String query) {
    if (query == null || query.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (String part : query.split("&")) {
      if (!part.isEmpty()) {
        count++;
      }
    }
    return count;
  }
}
