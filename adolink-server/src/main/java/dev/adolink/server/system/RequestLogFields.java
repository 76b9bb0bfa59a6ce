package dev.adolink.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the organization, issue and installation a request's path names ({@code
 * /api/0/organizations/acme/issues/BACKEND-1/}, {@code .../integrations/7/}) to its log lines (see
 * {@link LogFields}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFields extends OncePerRequestFilter {

  private static final Pattern ORGANIZATION = Pattern.compile("/organizations/([^/]{1,100})/");
  private static final Pattern ISSUE = Pattern.compile("/issues/([^/]{1,100})/");
  private static final Pattern INSTALLATION = Pattern.compile("/integrations/(\\d{1,18})/");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    try (LogFields fields =
        LogFields.open()
            .put(LogFields.ORGANIZATION, group(ORGANIZATION, path))
            .put(LogFields.ISSUE, group(ISSUE, path))
            .put(LogFields.INSTALLATION, group(INSTALLATION, path))) {
      chain.doFilter(request, response);
    }
  }

  private static @Nullable String group(Pattern pattern, String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.find() ? matcher.group(1) : null;
  }
}
