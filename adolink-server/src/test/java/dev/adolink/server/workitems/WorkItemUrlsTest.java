package dev.adolink.server.workitems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkItemUrlsTest {

  @Nested
  class Ids {

    @Test
    void aNumberIsAnId() {
      assertThat(WorkItemUrls.id(" 42 ")).hasValue(42);
    }

    @Test
    void theWebPageAndTheRestUrlNameTheirWorkItem() {
      assertThat(WorkItemUrls.id("https://dev.azure.com/fabrikam/Web/_workitems/edit/12"))
          .hasValue(12);
      assertThat(WorkItemUrls.id("https://fabrikam.visualstudio.com/Web/_workitems/edit/12/"))
          .hasValue(12);
      assertThat(WorkItemUrls.id("https://dev.azure.com/fabrikam/_apis/wit/workItems/7?x=1"))
          .hasValue(7);
      assertThat(WorkItemUrls.id("https://dev.azure.com/fabrikam/Web/_boards/board?workitem=99"))
          .hasValue(99);
    }

    @Test
    void textWithoutAnIdHasNone() {
      assertThat(WorkItemUrls.id("checkout")).isEmpty();
      assertThat(WorkItemUrls.id("https://dev.azure.com/fabrikam/Web/_workitems/edit/")).isEmpty();
      assertThat(WorkItemUrls.id("99999999999")).isEmpty();
    }
  }

  @Nested
  class Organizations {

    @Test
    void aUrlBelongsToItsOrganizationInEitherHostForm() {
      String base = "https://dev.azure.com/fabrikam/";

      assertThat(WorkItemUrls.belongsTo(base + "Web/_workitems/edit/1", base, "fabrikam")).isTrue();
      assertThat(
              WorkItemUrls.belongsTo(
                  "https://fabrikam.visualstudio.com/Web/_workitems/edit/1", base, "fabrikam"))
          .isTrue();
      assertThat(
              WorkItemUrls.belongsTo(
                  "https://dev.azure.com/FABRIKAM/Web/_workitems/edit/1",
                  "https://fabrikam.visualstudio.com/",
                  "fabrikam"))
          .isTrue();
    }

    @Test
    void anotherOrganizationsUrlDoesNot() {
      String base = "https://dev.azure.com/fabrikam/";

      assertThat(
              WorkItemUrls.belongsTo(
                  "https://dev.azure.com/fabrikamx/Web/_workitems/edit/1", base, "fabrikam"))
          .isFalse();
      assertThat(
              WorkItemUrls.belongsTo(
                  "https://evil.example/fabrikam/_workitems/edit/1", base, "fabrikam"))
          .isFalse();
    }
  }

  @Test
  void theWebPageEncodesTheProjectName() {
    assertThat(WorkItemUrls.edit("https://dev.azure.com/fabrikam/", "Fabrikam Fiber", 5))
        .isEqualTo("https://dev.azure.com/fabrikam/Fabrikam%20Fiber/_workitems/edit/5");
  }
}
