package dev.adolink.server.ingest;

import dev.adolink.server.system.RequestBodyLimit;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The SDK endpoints authenticate requests themselves (client keys): no user, no session, no CSRF,
 * and CORS as Relay answers it so browser SDKs may post from any origin. Ordered before the API
 * chain, which would ask for an API token under {@code /api/}. Bodies may be larger than the
 * server's default limit ({@code adolink.ingest.max-request-body}).
 */
@Configuration(proxyBeanMethods = false)
class EnvelopeSecurity {

  private static final String[] PATHS = {
    "/api/*/envelope/", "/api/*/envelope", "/api/*/store/", "/api/*/store", "/api/*/noop/"
  };

  @Bean
  @Order(0)
  SecurityFilterChain sentryIntakeChain(HttpSecurity http) throws Exception {
    http.securityMatcher(PATHS)
        .cors(cors -> cors.configurationSource(cors()))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return http.build();
  }

  @Bean
  RequestBodyLimit sentryIntakeBodyLimit(IngestProperties properties) {
    return new RequestBodyLimit() {
      @Override
      public boolean appliesTo(String path) {
        return path.startsWith("/api/")
            && (path.endsWith("/envelope/")
                || path.endsWith("/envelope")
                || path.endsWith("/store/")
                || path.endsWith("/store")
                || path.endsWith("/noop/"))
            && !path.startsWith("/api/0/");
      }

      @Override
      public long maxBytes() {
        return properties.maxRequestBody().toBytes();
      }
    };
  }

  /** Relay's CORS answer (relay-server/src/middlewares/cors.rs), plus Bugsink's trace headers. */
  private static UrlBasedCorsConfigurationSource cors() {
    CorsConfiguration config = new CorsConfiguration();
    config.setAllowedOriginPatterns(List.of("*"));
    config.setAllowedMethods(List.of("POST"));
    config.setAllowedHeaders(
        List.of(
            "x-sentry-auth",
            "x-requested-with",
            "x-forwarded-for",
            "origin",
            "referer",
            "accept",
            "content-type",
            "authentication",
            "authorization",
            "content-encoding",
            "transfer-encoding",
            "sentry-trace",
            "baggage"));
    config.setExposedHeaders(List.of("x-sentry-error", "x-sentry-rate-limits", "retry-after"));
    config.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    for (String path : PATHS) {
      source.registerCorsConfiguration(path, config);
    }
    return source;
  }
}
