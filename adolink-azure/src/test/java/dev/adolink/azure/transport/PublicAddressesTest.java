package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every address here is a literal: nothing is resolved and nothing is connected to. */
class PublicAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "0.1.2.3",
        "10.0.0.1",
        "100.64.0.1",
        "100.127.255.254",
        "127.0.0.1",
        "127.255.255.255",
        "169.254.169.254",
        "172.16.0.1",
        "172.31.255.255",
        "192.0.0.1",
        "192.0.0.170",
        "192.0.2.10",
        "192.88.99.1",
        "192.168.1.1",
        "198.18.0.1",
        "198.19.255.255",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "::127.0.0.1",
        "::ffff:127.0.0.1",
        "::ffff:10.1.2.3",
        "::ffff:100.64.0.1",
        "::ffff:0:a00:1",
        "64:ff9b::a00:1",
        "64:ff9b::808:808",
        "64:ff9b:1::1",
        "100::1",
        "2001::1",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "2001:db8::1",
        "2002:a00:1::1",
        "3fff::1",
        "5f00::1",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "fec0::1",
        "ff02::1"
      })
  void refusesEverySpecialPurposeAddress(String literal) throws UnknownHostException {
    InetAddress address = InetAddress.getByName(literal);
    assertThat(PublicAddresses.refusal(address)).as(literal).isPresent();
    assertThatThrownBy(() -> PublicAddresses.requirePublic(literal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("which is not called");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13.107.42.20",
        "20.37.158.1",
        "8.8.8.8",
        "1.1.1.1",
        "100.63.255.255",
        "100.128.0.1",
        "172.15.255.255",
        "172.32.0.1",
        "192.0.1.1",
        "198.17.255.255",
        "198.20.0.1",
        "223.255.255.255",
        "::ffff:8.8.8.8",
        "2620:1ec:4::1",
        "2a01:111:f100::1",
        "2001:4860::8888"
      })
  void acceptsPublicAddresses(String literal) throws UnknownHostException {
    assertThat(PublicAddresses.refusal(InetAddress.getByName(literal))).as(literal).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://100.64.0.1/org/", "https://[::ffff:127.0.0.1]/org/", "https://[64:ff9b::a00:1]/x/",
        "https://198.18.0.1/org/", "https://192.0.0.8/org/", "https://[fd00::1]/org/",
        "https://224.0.0.1/org/"
      })
  void organizationUrlsWithSuchLiteralsAreRefused(String url) {
    assertThatThrownBy(() -> OrganizationUrl.parse(url, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("local or private address");
  }
}
