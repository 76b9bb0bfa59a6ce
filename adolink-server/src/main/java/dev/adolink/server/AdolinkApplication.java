package dev.adolink.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AdolinkApplication {

  public static void main(String[] args) {
    AheadOfTime.enableFor(args);
    SpringApplication.run(AdolinkApplication.class, args);
  }
}
