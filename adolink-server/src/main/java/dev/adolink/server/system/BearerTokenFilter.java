package dev.adolink.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <api token>}. A request without a bearer token passes
 * on unauthenticated (other mechanisms or the 401 entry point decide); a wrong token is a 401 at
 * once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final UserAuthenticator authenticator;
  private final AuthenticationEntryPoint entryPoint;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerTokenFilter(UserAuthenticator authenticator, AuthenticationEntryPoint entryPoint) {
    this.authenticator = authenticator;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AuthenticatedUser> user =
        authenticator.byApiToken(header.substring(PREFIX.length()).trim());
    if (user.isEmpty()) {
      contexts.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("invalid API token"));
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(Authentications.of(user.get()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
