package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationUrlTest {

  @Nested
  class Accepted {

    @ParameterizedTest
    @CsvSource({
      "https://dev.azure.com/fabrikam, https://dev.azure.com/fabrikam/, fabrikam",
      "https://dev.azure.com/fabrikam/, https://dev.azure.com/fabrikam/, fabrikam",
      "https://DEV.azure.com/fabrikam/Fiber/_git/app, https://dev.azure.com/fabrikam/, fabrikam",
      "https://fabrikam.visualstudio.com, https://fabrikam.visualstudio.com/, fabrikam",
      "https://Fabrikam.VisualStudio.com/DefaultCollection/, https://fabrikam.visualstudio.com/DefaultCollection/, fabrikam",
      "https://fabrikam.visualstudio.com/Fiber/_workitems/edit/1, https://fabrikam.visualstudio.com/, fabrikam",
      "https://tfs.contoso.com/tfs/DefaultCollection, https://tfs.contoso.com/tfs/DefaultCollection/, DefaultCollection",
      "https://tfs.contoso.com:8443/tfs/Main%20Coll/_apis/projects, https://tfs.contoso.com:8443/tfs/Main%20Coll/, Main Coll",
    })
    void normalizesTheKnownForms(String input, String base, String name) {
      OrganizationUrl url = OrganizationUrl.parse(input, false);

      assertThat(url.uri()).hasToString(base);
      assertThat(url.name()).isEqualTo(name);
    }

    @Test
    void acceptsLocalHttpUrlsWhenInsecureUrlsAreAllowed() {
      OrganizationUrl url = OrganizationUrl.parse("http://127.0.0.1:8090/acme", true);

      assertThat(url.uri()).hasToString("http://127.0.0.1:8090/acme/");
      assertThat(url.resolve("_apis/projects"))
          .hasToString("http://127.0.0.1:8090/acme/_apis/projects");
    }

    @Test
    void twoSpellingsOfOneOrganizationShareAKey() {
      assertThat(OrganizationUrl.parse("https://dev.azure.com/Fabrikam", false).key())
          .isEqualTo(OrganizationUrl.parse("https://dev.azure.com/fabrikam/_git/x", false).key());
    }
  }

  @Nested
  class Refused {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://dev.azure.com/fabrikam/",
          "https://localhost/tfs/",
          "https://127.0.0.1/tfs/",
          "https://10.1.2.3/tfs/",
          "https://192.168.0.10/tfs/",
          "https://169.254.169.254/latest/",
          "https://[::1]/tfs/",
        })
    void refusesInsecureOrLocalUrlsByDefault(String input) {
      assertThatThrownBy(() -> OrganizationUrl.parse(input, false))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "dev.azure.com/fabrikam",
          "ftp://dev.azure.com/x",
          "https://dev.azure.com/",
          "::"
        })
    void refusesWhatIsNotAnOrganizationUrl(String input) {
      assertThatThrownBy(() -> OrganizationUrl.parse(input, true))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCredentialsInTheUrlWithoutRepeatingThem() {
      assertThatThrownBy(() -> OrganizationUrl.parse("https://user:s3cret@dev.azure.com/x", false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("s3cret");
    }
  }
}
