package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.AdolinkApplication;
import dev.adolink.server.support.HeadlessChromium;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The plain run: a server started on an empty database without the bootstrap variables. Not an
 * {@code @AdolinkIT} (that server has its superuser): it starts its own, on a database of its own.
 */
class FirstRunBrowserIT {

  private final AtomicInteger port = new AtomicInteger();
  private final TestApi api = new TestApi(port::get);

  @Test
  void theSignInPageLeadsToTheFirstRunWhichCreatesTheOwnerOnceAndThenCloses() {
    HeadlessChromium.requireInstalled();
    Map<String, Object> properties = new HashMap<>(TestDatabase.fresh());
    properties.put("server.port", 0);
    try (ConfigurableApplicationContext server = start(properties);
        HeadlessChromium browser = HeadlessChromium.start(api)) {
      browser.open("/login");
      assertThat(browser.text("#first-run-hint"))
          .contains("No one has an account yet.")
          .contains("ADOLINK_BOOTSTRAP_ADMIN_EMAIL")
          .contains("ADOLINK_BOOTSTRAP_ADMIN_PASSWORD");
      browser.clickText("#first-run-hint", "Create the first owner");
      assertThat(browser.text("h1")).isEqualTo("Welcome to adolink");

      browser.type("#first-run input[name=email]", "owner@acme.test");
      browser.type("#first-run input[name=name]", "Olivia Owner");
      browser.type("#first-run input[name=password]", "short");
      browser.submit("#first-run button[type=submit]");
      assertThat(browser.text("[role=alert]"))
          .isEqualTo("Not saved: Password must be 8 to 200 characters long.");

      browser.type("#first-run input[name=password]", "a long password");
      browser.submit("#first-run button[type=submit]");
      assertThat(browser.url()).contains("/login");
      assertThat(browser.text("[role=status]")).contains("owner@acme.test is ready");
      assertThat(browser.all("#first-run-hint")).isEmpty();

      browser.signIn("owner@acme.test", "a long password");
      browser.open("/first-run");
      assertThat(browser.url()).contains("/login");
      TestApi.Response again =
          api.send(
              "POST",
              "/api/0/api-tokens/",
              TestApi.basic("owner@acme.test", "a long password"),
              null);
      assertThat(again.status()).isEqualTo(201);
    }
  }

  private ConfigurableApplicationContext start(Map<String, Object> properties) {
    String[] args =
        properties.entrySet().stream()
            .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(AdolinkApplication.class).run(args);
    port.set(((WebServerApplicationContext) context).getWebServer().getPort());
    return context;
  }
}
