package dev.adolink.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Five filter chains:
 *
 * <ul>
 *   <li>{@code /actuator/**}: public; a Bearer API token, when sent, authenticates (health details
 *       for superusers);
 *   <li>{@code /api/0/api-tokens/}: Bearer or Basic {@code email:password}, so a user can get a
 *       first token with their password;
 *   <li>{@code /api/**}: Bearer API tokens only, stateless, no CSRF (browsers never send bearer
 *       tokens by themselves, so there is nothing to forge);
 *   <li>{@code /extensions/vsts/search/**}: the UI's session or a Bearer API token, JSON errors;
 *   <li>everything else (the UI): form login, session, CSRF; the OpenAPI document and the UI's
 *       stylesheet ({@code /assets/}) are public.
 * </ul>
 *
 * Which organization a user may act in is checked by the features themselves, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String TOKENS_PATH = "/api/0/api-tokens/";

  static final String SESSION_OR_TOKEN_PATHS = "/extensions/vsts/search/**";

  @Bean
  AuthenticationProvider passwordAuthentication(
      UserAuthenticator authenticator, SignInThrottle throttle) {
    return Authentications.passwords(authenticator, throttle);
  }

  /**
   * Health, metrics: public, stateless; a Bearer API token is read when sent, so that {@code
   * /actuator/health} shows its details to a superuser ({@code management.endpoint.health.roles}).
   */
  @Bean
  @Order(0)
  SecurityFilterChain actuatorChain(
      HttpSecurity http, UserAuthenticator authenticator, ApiErrorWriter errors) throws Exception {
    http.securityMatcher("/actuator/**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .addFilterBefore(
            new BearerTokenFilter(authenticator, unauthorized(errors)),
            BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiTokenChain(
      HttpSecurity http, UserAuthenticator authenticator, ApiErrorWriter errors) throws Exception {
    AuthenticationEntryPoint unauthorized = unauthorized(errors);
    apiDefaults(http.securityMatcher(TOKENS_PATH), authenticator, errors)
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(
      HttpSecurity http, UserAuthenticator authenticator, ApiErrorWriter errors) throws Exception {
    apiDefaults(http.securityMatcher("/api/**"), authenticator, errors)
        .httpBasic(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * CallbackUrls outside {@code /api/} that the UI calls with its session and API clients with a
   * token (the work item search of the link form). Reads only, answered as JSON.
   */
  @Bean
  @Order(3)
  SecurityFilterChain sessionOrTokenChain(
      HttpSecurity http, UserAuthenticator authenticator, ApiErrorWriter errors) throws Exception {
    tokens(
        http.securityMatcher(SESSION_OR_TOKEN_PATHS)
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable),
        authenticator,
        errors);
    return http.build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
    http.headers(SecurityHeaders.all())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/login",
                        "/first-run",
                        "/error",
                        "/assets/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(SecurityConfiguration::loginFailed))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    return http.build();
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      SystemProperties properties,
      ObjectProvider<RequestBodyLimit> limits,
      ApiErrorWriter errors,
      ApplicationEventPublisher events) {
    var registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimitFilter(
                properties.maxRequestBody().toBytes(),
                limits.orderedStream().toList(),
                errors,
                events));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ParameterLimitFilter> parameterLimitFilter(
      TomcatServerProperties tomcat, ApiErrorWriter errors) {
    var registration =
        new FilterRegistrationBean<>(
            new ParameterLimitFilter(tomcat.getMaxParameterCount(), errors));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  private static HttpSecurity apiDefaults(
      HttpSecurity http, UserAuthenticator authenticator, ApiErrorWriter errors) throws Exception {
    return tokens(
        http.csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable),
        authenticator,
        errors);
  }

  /** Bearer API tokens accepted, every request authenticated, errors as JSON. */
  private static HttpSecurity tokens(
      HttpSecurity http, UserAuthenticator authenticator, ApiErrorWriter errors) throws Exception {
    AuthenticationEntryPoint unauthorized = unauthorized(errors);
    return http.headers(SecurityHeaders.all())
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden(errors)))
        .addFilterBefore(
            new BearerTokenFilter(authenticator, unauthorized), BasicAuthenticationFilter.class);
  }

  /**
   * A wrong password goes back to {@code /login?error}; a throttled sign-in to {@code
   * /login?throttled=<seconds>}, where the page says how long to wait.
   */
  private static void loginFailed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String query =
        exception instanceof SignInThrottled throttled
            ? "throttled=" + throttled.retryAfterSeconds()
            : "error";
    response.sendRedirect(request.getContextPath() + "/login?" + query);
  }

  private static AuthenticationEntryPoint unauthorized(ApiErrorWriter errors) {
    return (request, response, exception) -> {
      if (exception instanceof SignInThrottled throttled) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        errors.write(response, HttpStatus.TOO_MANY_REQUESTS, ApiError.of(throttled.getMessage()));
        return;
      }
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"adolink\"");
      errors.write(
          response,
          HttpStatus.UNAUTHORIZED,
          ApiError.of("Authentication required: send Authorization: Bearer <API token>"));
    };
  }

  private static AccessDeniedHandler forbidden(ApiErrorWriter errors) {
    return (request, response, exception) ->
        errors.write(response, HttpStatus.FORBIDDEN, ApiError.of("Forbidden"));
  }
}
