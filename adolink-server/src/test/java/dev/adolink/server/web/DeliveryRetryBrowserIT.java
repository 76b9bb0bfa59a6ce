package dev.adolink.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.jobs.DueJobs;
import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.BrowserTest;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TrackerFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A manager retries a failed webhook delivery from the integration page (issue 18). */
@AdolinkIT
class DeliveryRetryBrowserIT extends BrowserTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired IntegrationFixtures integrations;
  @Autowired JdbcClient jdbc;
  @Autowired DueJobs dueJobs;

  @Test
  void aManagerRetriesAFailedDeliveryFromTheIntegrationPage() throws IOException {
    Installed installed = integrations.installed();
    String secret = integrations.secret(installed, "workitem.updated");
    ObjectNode body;
    try (InputStream in =
        getClass()
            .getResourceAsStream("/dev/adolink/server/webhooks/IntakeIT/workitem-updated.json")) {
      body = (ObjectNode) JSON.readTree(in);
    }
    ((ObjectNode) body.get("resourceContainers").get("collection")).put("id", installed.ado().id());
    body.put("subscriptionId", UUID.randomUUID().toString());
    assertThat(integrations.deliver(JSON.writeValueAsString(body), secret).status()).isEqualTo(200);
    dueJobs.run();
    long id =
        jdbc.sql("select max(id) from webhook_deliveries where integration_id = :installation")
            .param("installation", installed.id())
            .query(Long.class)
            .single();
    // as after its tenth failed attempt
    jdbc.sql(
            "update webhook_deliveries set status = 'failed', reason = 'ADO was down'"
                + " where id = :id")
        .param("id", id)
        .update();

    browser.signIn(installed.org().owner().email(), TrackerFixtures.PASSWORD);
    browser.open(
        "/organizations/" + installed.org().slug() + "/integrations/" + installed.id() + "/");
    assertThat(browser.text("#delivery-list")).contains("failed (200)").contains("ADO was down");
    browser.submit("#delivery-list .retry-delivery button");

    assertThat(browser.page()).contains("Delivery " + id + " is received again");
    assertThat(browser.text("#delivery-list")).contains("received (200)");
    assertThat(browser.all("#delivery-list .retry-delivery")).isEmpty();
    dueJobs.run();
    browser.open(
        "/organizations/" + installed.org().slug() + "/integrations/" + installed.id() + "/");
    assertThat(browser.text("#delivery-list")).contains("processed (200)");
  }
}
