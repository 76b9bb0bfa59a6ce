package dev.adolink.server.webhooks;

import dev.adolink.server.integration.ServiceHooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook intake authenticates deliveries itself (shared secret): no user, no session, no CSRF
 * token. Ordered before the server's API and UI chains.
 */
@Configuration(proxyBeanMethods = false)
class IntakeSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain webhookIntakeChain(HttpSecurity http) throws Exception {
    http.securityMatcher(ServiceHooks.PATH, IntakeController.NOOP_PATH)
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return http.build();
  }
}
