package com.reten.commandside.dispatchconfig;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a provider's base URL may point (no SSRF): never at this machine's neighbours. Private
 * networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local ones (169.254/16, where
 * clouds serve instance credentials, and fe80::/10), "any" and multicast addresses are refused
 * unless {@code reten.dispatch.allow-private-networks}; loopback unless {@code
 * reten.dispatch.allow-loopback} (the local profile and the tests, whose provider stubs listen
 * there). A host name is judged by every address it resolves to; one that does not resolve here is
 * let through and judged again before each request, when the dispatcher resolves it anew.
 */
@Component
public class ProviderAddresses {

  private final boolean allowLoopback;
  private final boolean allowPrivateNetworks;

  public ProviderAddresses(
      @Value("${reten.dispatch.allow-loopback:false}") boolean allowLoopback,
      @Value("${reten.dispatch.allow-private-networks:false}") boolean allowPrivateNetworks) {
    this.allowLoopback = allowLoopback;
    this.allowPrivateNetworks = allowPrivateNetworks;
  }

  /**
   * Why requests may not go to {@code url}'s host, if they may not; nothing for a malformed URL.
   */
  public Optional<String> refusal(String url) {
    String host = host(url);
    if (host == null) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException unresolved) {
      return Optional.empty();
    }
    for (InetAddress address : addresses) {
      String kind = refusedKind(address);
      if (kind != null) {
        return Optional.of(
            "base_url: "
                + host
                + " is "
                + (host.equals(address.getHostAddress()) ? "" : address.getHostAddress() + ", ")
                + "a "
                + kind
                + " address, where providers may not be");
      }
    }
    return Optional.empty();
  }

  /** The 400 a config's base URL gets when it points where providers may not be. */
  void require(String url) {
    refusal(url).ifPresent(message -> ProviderRules.require(false, message));
  }

  private String refusedKind(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return allowLoopback ? null : "loopback";
    }
    if (allowPrivateNetworks) {
      return null;
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return "non-unicast";
    }
    return address.isSiteLocalAddress() || isUniqueLocalOrShared(address) ? "private" : null;
  }

  // What InetAddress does not name: IPv6 unique-local fc00::/7 and the carrier-grade NAT range
  // 100.64.0.0/10 (RFC 6598), as private as 10/8 to whoever runs this server.
  private static boolean isUniqueLocalOrShared(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xFE) == 0xFC;
    }
    return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
  }

  private static String host(String url) {
    try {
      String host = url == null ? null : URI.create(url.strip()).getHost();
      // URI keeps an IPv6 literal's brackets; InetAddress wants it without.
      return host == null ? null : host.replaceAll("^\\[|]$", "");
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
