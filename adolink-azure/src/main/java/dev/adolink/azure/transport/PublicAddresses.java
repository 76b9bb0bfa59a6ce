package dev.adolink.azure.transport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The SSRF guard's address check: an address is public unless it lies in a block of IANA's IPv4 or
 * IPv6 Special-Purpose Address Registries (RFC 6890 and later) that is not globally reachable, or
 * is documentation, benchmarking, multicast or reserved space, or an IPv6 form that carries an IPv4
 * address to somewhere else (NAT64, 6to4, Teredo, IPv4-compatible). IPv4-mapped IPv6 addresses
 * ({@code ::ffff:a.b.c.d}) are judged by their IPv4 address (Java parses them as IPv4).
 *
 * <p>Host names are checked after resolution: every address a name resolves to must be public.
 * Redirects are never followed by the client (see {@code AzureDevOps}), so each request's own host
 * is the only one reached.
 */
public final class PublicAddresses {

  private record Block(byte[] network, int prefix, String name) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  private static final List<Block> NOT_PUBLIC =
      List.of(
          block("0.0.0.0/8", "\"this network\""),
          block("10.0.0.0/8", "private"),
          block("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
          block("127.0.0.0/8", "loopback"),
          block("169.254.0.0/16", "link-local"),
          block("172.16.0.0/12", "private"),
          block("192.0.0.0/24", "IETF protocol assignments"),
          block("192.0.2.0/24", "documentation (TEST-NET-1)"),
          block("192.88.99.0/24", "6to4 relay anycast"),
          block("192.168.0.0/16", "private"),
          block("198.18.0.0/15", "benchmarking"),
          block("198.51.100.0/24", "documentation (TEST-NET-2)"),
          block("203.0.113.0/24", "documentation (TEST-NET-3)"),
          block("224.0.0.0/4", "multicast"),
          block("240.0.0.0/4", "reserved"),
          block("::/96", "unspecified, loopback or IPv4-compatible"),
          block("::ffff:0:0:0/96", "IPv4-translated"),
          block("64:ff9b::/96", "NAT64"),
          block("64:ff9b:1::/48", "local-use NAT64"),
          block("100::/64", "discard-only"),
          block("2001::/23", "IETF protocol assignments (Teredo included)"),
          block("2001:db8::/32", "documentation"),
          block("2002::/16", "6to4"),
          block("3fff::/20", "documentation"),
          block("5f00::/16", "segment routing"),
          block("fc00::/7", "unique local"),
          block("fe80::/10", "link-local"),
          block("fec0::/10", "site-local"),
          block("ff00::/8", "multicast"));

  private PublicAddresses() {}

  /** Why this address is not public ("private", "loopback", …), or empty when it is. */
  public static Optional<String> refusal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return NOT_PUBLIC.stream().filter(block -> block.contains(bytes)).map(Block::name).findFirst();
  }

  public static boolean isPublic(InetAddress address) {
    return refusal(address).isEmpty();
  }

  /**
   * Resolves the host and throws {@link IllegalArgumentException} naming the first address that is
   * not public (or {@link UnknownHostException} when it does not resolve).
   */
  public static void requirePublic(String host) throws UnknownHostException {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    for (InetAddress address : InetAddress.getAllByName(bare)) {
      Optional<String> refusal = refusal(address);
      if (refusal.isPresent()) {
        throw new IllegalArgumentException(
            host
                + " resolves to "
                + address.getHostAddress()
                + ", a "
                + refusal.get()
                + " address, which is not called");
      }
    }
  }

  private static Block block(String cidr, String name) {
    int slash = cidr.indexOf('/');
    try {
      // literals only: no name lookup happens
      byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      return new Block(network, Integer.parseInt(cidr.substring(slash + 1)), name);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
