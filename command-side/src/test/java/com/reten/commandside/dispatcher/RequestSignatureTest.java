package com.reten.commandside.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestSignatureTest {

  @Test
  void itIsHmacSha256OfTimeDotBodyInHex() {
    // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test
    assertThat(RequestSignature.of("whsec-test", 1_700_000_000L, "{\"a\":1}"))
        .isEqualTo(
            "t=1700000000,v1=fed7a1a6c799a6367d73724d76bc70c16678908a32a879cd1ded6565ac05cece");
  }
}
