package dev.adolink.azure.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.PersonalAccessToken;
import dev.adolink.azure.testing.EmulatedAdo;
import dev.adolink.azure.testing.RecordingHttpClient.Sent;
import dev.adolink.azure.transport.Json;
import dev.adolink.emulator.control.Admin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HooksEmulatorTest {

  @RegisterExtension static final EmulatedAdo ado = new EmulatedAdo();

  private Admin.CreatedOrganization created;
  private Organization org;

  @BeforeEach
  void organization() {
    created = ado.organization();
    ado.emulator().createProject(created.name(), "Web");
    org =
        ado.client()
            .organization(
                ado.url(created), PersonalAccessToken.of(created.user(EmulatedAdo.ALICE).pat()));
  }

  private SubscriptionRequest request(String url) {
    return SubscriptionRequest.webHook("workitem.updated", url)
        .header("shared-secret", "s3cret")
        .projectId(org.core().project("Web").id())
        .build();
  }

  @Test
  void createsAWebHookSubscriptionAsAdoExpectsIt() {
    Subscription subscription = org.hooks().create(request("https://adolink.example/hook"));

    assertThat(subscription.id()).isNotBlank();
    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ENABLED);
    assertThat(subscription.eventType()).isEqualTo("workitem.updated");
    assertThat(subscription.consumerInputs()).containsEntry("url", "https://adolink.example/hook");
    Sent sent = ado.sent().get(ado.sent().size() - 1);
    assertThat(sent.path()).isEqualTo("/" + created.name() + "/_apis/hooks/subscriptions");
    JsonNode body = Json.mapper().readTree(sent.body());
    assertThat(body.path("publisherId").asString()).isEqualTo("tfs");
    assertThat(body.path("resourceVersion").asString()).isEqualTo("1.0");
    assertThat(body.path("consumerId").asString()).isEqualTo("webHooks");
    assertThat(body.path("consumerActionId").asString()).isEqualTo("httpRequest");
    assertThat(body.path("consumerInputs").path("httpHeaders").asString())
        .isEqualTo("shared-secret:s3cret");
    assertThat(body.path("publisherInputs").path("projectId").asString()).isNotBlank();
  }

  @Test
  void readsListsReplacesAndDeletesASubscription() {
    Subscription subscription = org.hooks().create(request("https://adolink.example/hook"));

    assertThat(org.hooks().get(subscription.id()))
        .map(Subscription::id)
        .contains(subscription.id());
    assertThat(org.hooks().list("workitem.updated"))
        .extracting(Subscription::id)
        .contains(subscription.id());
    assertThat(org.hooks().list("git.push"))
        .extracting(Subscription::id)
        .doesNotContain(subscription.id());

    Subscription replaced =
        org.hooks().replace(subscription.id(), request("https://adolink.example/hook2"));
    assertThat(replaced.consumerInputs()).containsEntry("url", "https://adolink.example/hook2");
    assertThat(ado.sent().get(ado.sent().size() - 1).method()).isEqualTo("PUT");

    org.hooks().delete(subscription.id());
    assertThat(org.hooks().get(subscription.id())).isEmpty();
  }
}
