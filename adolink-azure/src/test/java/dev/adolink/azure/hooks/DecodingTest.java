package dev.adolink.azure.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodingTest {

  @Test
  void subscriptionsWithoutAStatusAreEnabledAndKnownStatusesAreRead() {
    List<Subscription> subscriptions =
        Fixtures.list(DecodingTest.class, "subscriptions.json", Subscription.class);

    assertThat(subscriptions).isNotEmpty();
    assertThat(subscriptions).extracting(Subscription::status).doesNotContainNull();
    assertThat(subscriptions)
        .extracting(Subscription::status)
        .contains(SubscriptionStatus.ENABLED)
        .doesNotContain(SubscriptionStatus.UNKNOWN);
  }

  @Test
  void statusesAreReadFromNamesAndNumbers() {
    assertThat(read("\"onProbation\"")).isEqualTo(SubscriptionStatus.ON_PROBATION);
    assertThat(read("30")).isEqualTo(SubscriptionStatus.DISABLED_BY_SYSTEM);
    assertThat(read("\"somethingNew\"")).isEqualTo(SubscriptionStatus.UNKNOWN);
  }

  private static SubscriptionStatus read(String json) {
    return Json.mapper()
        .readValue("{\"id\":\"1\",\"status\":" + json + "}", Subscription.class)
        .status();
  }

  @Test
  void theSharedSecretNeverShowsInToString() {
    SubscriptionRequest request =
        SubscriptionRequest.webHook("workitem.updated", "https://a.example/hook")
            .header("shared-secret", "s3cret")
            .build();
    Subscription subscription =
        Json.mapper()
            .readValue(
                "{\"id\":\"1\",\"consumerInputs\":{\"httpHeaders\":\"shared-secret:s3cret\"}}",
                Subscription.class);

    assertThat(request.toString()).doesNotContain("s3cret");
    assertThat(subscription.toString()).doesNotContain("s3cret");
    assertThat(request.body())
        .containsEntry("resourceVersion", "1.0")
        .containsEntry("consumerId", "webHooks");
  }
}
