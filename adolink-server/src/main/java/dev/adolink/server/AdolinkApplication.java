package dev.adolink.server;

import dev.adolink.server.system.AheadOfTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AdolinkApplication {

  public static void main(String[] args) {
    AheadOfTime.enableFor(args);
    SpringApplication.run(AdolinkApplication.class, args);
  }
}
