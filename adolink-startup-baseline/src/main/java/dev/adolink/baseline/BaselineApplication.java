package dev.adolink.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code bench/run startup} compares adolink's start with: Spring Boot with the same starters
 * (web, validation, JDBC, Flyway, security, Thymeleaf, actuator, Prometheus, springdoc), an H2 file
 * database in {@code ADOLINK_DATA_DIR}, one controller, and {@code /actuator/health} open.
 */
@SpringBootApplication
public class BaselineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BaselineApplication.class, args);
  }

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .build();
  }

  @RestController
  static class Hello {
    @GetMapping("/hello")
    String hello() {
      return "hello";
    }
  }
}
