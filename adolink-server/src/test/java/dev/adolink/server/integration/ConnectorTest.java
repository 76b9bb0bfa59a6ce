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

class ConnectorTest {

  static Connector connector(boolean allowInsecure) {
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
    return new Connector(
        AzureDevOps.builder().allowInsecureUrls(allowInsecure).build(), properties);
  }

  static String refusal(Connector connector, String url) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> connector.parse(url));
    assertThat(e).as(url).isNotNull();
    assertThat(e.status().value()).isEqualTo(400);
    return e.body().errors().get("organizationUrl");
  }

  @Nested
  class InProduction {

    Connector connector = connector(false);

    @Test
    void refusesHttp() {
      assertThat(refusal(connector, "http://dev.azure.com/fabrikam/")).contains("https://");
    }

    @Test
    void refusesLoopbackAndPrivateAddresses() {
      assertThat(refusal(connector, "https://127.0.0.1/fabrikam/")).contains("local or private");
      assertThat(refusal(connector, "https://10.1.2.3/tfs/DefaultCollection/"))
          .contains("local or private");
      assertThat(refusal(connector, "https://[::1]/fabrikam/")).contains("local or private");
      assertThat(refusal(connector, "https://localhost/fabrikam/")).contains("local or private");
    }

    @Test
    void refusesSharedSpecialPurposeAndTranslatedAddresses() {
      assertThat(refusal(connector, "https://100.64.0.1/fabrikam/")).contains("local or private");
      assertThat(refusal(connector, "https://198.18.0.1/fabrikam/")).contains("local or private");
      assertThat(refusal(connector, "https://192.0.0.170/fabrikam/")).contains("local or private");
      assertThat(refusal(connector, "https://[64:ff9b::a9fe:a9fe]/fabrikam/"))
          .contains("local or private");
      assertThat(refusal(connector, "https://[::ffff:a9fe:a9fe]/fabrikam/"))
          .contains("local or private");
    }

    @Test
    void refusesAHostNameThatResolvesToAPrivateAddress() throws Exception {
      InetAddress self = InetAddress.getLocalHost();
      assumeTrue(self.isLoopbackAddress() || self.isSiteLocalAddress());

      assertThat(refusal(connector, "https://" + self.getHostName() + "/fabrikam/"))
          .contains("a local or private address");
    }

    @Test
    void refusesSomethingThatIsNotAUrl() {
      assertThat(refusal(connector, "dev.azure.com fabrikam"))
          .contains("e.g. https://dev.azure.com/myorg/");
      assertThat(refusal(connector, "https://dev.azure.com/")).contains("organization");
    }

    @Test
    void refusesCredentialsInTheUrl() {
      assertThat(refusal(connector, "https://user:secret@dev.azure.com/fabrikam/"))
          .contains("credentials");
    }
  }

  @Nested
  class WithInsecureUrlsAllowed {

    @Test
    void acceptsTheEmulatorOnLoopback() {
      assertThat(connector(true).parse("http://127.0.0.1:8090/fabrikam/").uri().toString())
          .isEqualTo("http://127.0.0.1:8090/fabrikam/");
    }
  }
}
