package com.reten.commandside.dispatchconfig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderAddressesTest {

  private final ProviderAddresses strict = new ProviderAddresses(false, false);
  private final ProviderAddresses loopbackAllowed = new ProviderAddresses(true, false);
  private final ProviderAddresses privateAllowed = new ProviderAddresses(false, true);

  @ParameterizedTest
  @CsvSource({
    "http://10.0.0.1, private",
    "http://172.16.5.4, private",
    "http://192.168.1.1:8080/x, private",
    "http://100.64.0.1, private",
    "http://[fc00::1], private",
    "http://169.254.169.254/latest, link-local",
    "http://[fe80::1], link-local",
    "http://0.0.0.0:80, non-unicast",
    "http://224.0.0.1, non-unicast"
  })
  void privateLinkLocalAndNonUnicastAddressesAreRefused(String url, String kind) {
    assertThat(strict.refusal(url)).hasValueSatisfying(m -> assertThat(m).contains(kind));
    assertThat(loopbackAllowed.refusal(url)).isPresent();
    assertThat(privateAllowed.refusal(url)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"http://127.0.0.1:9000", "http://[::1]:9000", "http://localhost:9000"})
  void loopbackOnlyWhereConfigurationAllowsIt(String url) {
    assertThat(strict.refusal(url)).hasValueSatisfying(m -> assertThat(m).contains("loopback"));
    assertThat(privateAllowed.refusal(url)).isPresent();
    assertThat(loopbackAllowed.refusal(url)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://93.184.215.14/api",
    "https://[2606:4700::1111]",
    "https://provider.invalid/api",
    "not a url"
  })
  void publicAddressesUnresolvedNamesAndMalformedUrlsAreLeftToTheOtherRules(String url) {
    assertThat(strict.refusal(url)).isEmpty();
  }
}
