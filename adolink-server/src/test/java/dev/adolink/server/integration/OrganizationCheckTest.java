package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.server.system.ApiException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganizationCheckTest {

  static OrganizationCheck check(boolean allowInsecure) {
    AzureProperties properties =
        new AzureProperties(
            allowInsecure,
            URI.create("https://app.vssps.visualstudio.com/"),
            URI.create("https://login.microsoftonline.com/"),
            "organizations",
            null,
            null,
            null,
            null,
            Duration.ofHours(6),
            Duration.ofMinutes(15),
            16);
    return new OrganizationCheck(
        AzureDevOps.builder().allowInsecureUrls(allowInsecure).build(), properties);
  }

  static String refusal(OrganizationCheck check, String url) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> check.parse(url));
    assertThat(e).as(url).isNotNull();
    assertThat(e.status().value()).isEqualTo(400);
    return e.body().errors().get("organizationUrl");
  }

  @Nested
  class InProduction {

    OrganizationCheck check = check(false);

    @Test
    void refusesHttp() {
      assertThat(refusal(check, "http://dev.azure.com/fabrikam/")).contains("https://");
    }

    @Test
    void refusesLoopbackAndPrivateAddresses() {
      assertThat(refusal(check, "https://127.0.0.1/fabrikam/")).contains("local or private");
      assertThat(refusal(check, "https://10.1.2.3/tfs/DefaultCollection/"))
          .contains("local or private");
      assertThat(refusal(check, "https://[::1]/fabrikam/")).contains("local or private");
      assertThat(refusal(check, "https://localhost/fabrikam/")).contains("local or private");
    }

    @Test
    void refusesSharedSpecialPurposeAndTranslatedAddresses() {
      assertThat(refusal(check, "https://100.64.0.1/fabrikam/")).contains("local or private");
      assertThat(refusal(check, "https://198.18.0.1/fabrikam/")).contains("local or private");
      assertThat(refusal(check, "https://192.0.0.170/fabrikam/")).contains("local or private");
      assertThat(refusal(check, "https://[64:ff9b::a9fe:a9fe]/fabrikam/"))
          .contains("local or private");
      assertThat(refusal(check, "https://[::ffff:a9fe:a9fe]/fabrikam/"))
          .contains("local or private");
    }

    @Test
    void refusesAHostNameThatResolvesToAPrivateAddress() throws Exception {
      InetAddress self = InetAddress.getLocalHost();
      assumeTrue(self.isLoopbackAddress() || self.isSiteLocalAddress());

      assertThat(refusal(check, "https://" + self.getHostName() + "/fabrikam/"))
          .contains("a local or private address");
    }

    @Test
    void refusesSomethingThatIsNotAUrl() {
      assertThat(refusal(check, "dev.azure.com fabrikam"))
          .contains("e.g. https://dev.azure.com/myorg/");
      assertThat(refusal(check, "https://dev.azure.com/")).contains("organization");
    }

    @Test
    void refusesCredentialsInTheUrl() {
      assertThat(refusal(check, "https://user:secret@dev.azure.com/fabrikam/"))
          .contains("credentials");
    }
  }

  @Nested
  class WithInsecureUrlsAllowed {

    @Test
    void acceptsTheEmulatorOnLoopback() {
      assertThat(check(true).parse("http://127.0.0.1:8090/fabrikam/").uri().toString())
          .isEqualTo("http://127.0.0.1:8090/fabrikam/");
    }
  }
}
