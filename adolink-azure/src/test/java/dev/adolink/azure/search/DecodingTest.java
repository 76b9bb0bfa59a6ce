package dev.adolink.azure.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.identity.Identity;
import dev.adolink.azure.testing.Fixtures;
import dev.adolink.azure.transport.Json;
import org.junit.jupiter.api.Test;

class DecodingTest {

  @Test
  void fieldsComeLowercasedAndAsStrings() {
    WorkItemSearchResult[] results =
        Json.mapper()
            .treeToValue(
                Fixtures.tree(DecodingTest.class, "results.json").path("results"),
                WorkItemSearchResult[].class);

    WorkItemSearchResult first = results[0];
    assertThat(first.id()).hasValue(2);
    assertThat(first.field("System.Title")).contains("Rest Api User Story");
    assertThat(first.assignedTo().map(Identity::email)).contains("jodoe@microsoft.com");
    assertThat(first.project().name()).isEqualTo("MyFirstProject");
  }
}
