package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RequestIdFilterTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(strings = {"abc-123", "trace id with spaces:/=+", "x"})
  void aClientIdIsEchoedAndBoundToTheThreadAndMdc(String sent) throws Exception {
    mvc.perform(get("/test/request-id").header("x-request-id", sent))
        .andExpect(header().string("x-request-id", sent))
        .andExpect(content().string(sent + "|" + sent));
  }

  @Test
  void anIdOfExactly128CharactersIsAccepted() throws Exception {
    String longest = "a".repeat(128);
    mvc.perform(get("/test/request-id").header("x-request-id", longest))
        .andExpect(header().string("x-request-id", longest));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "tab\there", "ünïcode", "line\nbreak"})
  void aBlankOrUnprintableIdIsReplacedByAUuid(String sent) throws Exception {
    mvc.perform(get("/test/request-id").header("x-request-id", sent))
        .andExpect(header().string("x-request-id", matchesPattern(UUID_PATTERN)));
  }

  @Test
  void anIdLongerThan128CharactersIsReplaced() throws Exception {
    mvc.perform(get("/test/request-id").header("x-request-id", "a".repeat(129)))
        .andExpect(header().string("x-request-id", matchesPattern(UUID_PATTERN)));
  }

  @Test
  void withoutAnIdOneIsGeneratedAndUsedInsideTheRequest() throws Exception {
    String generated =
        mvc.perform(get("/test/request-id")).andReturn().getResponse().getHeader("x-request-id");

    assertThat(generated).matches(UUID_PATTERN);
    mvc.perform(get("/test/request-id").header("x-request-id", generated))
        .andExpect(content().string(generated + "|" + generated));
  }

  @Test
  void eachRequestGetsItsOwnId() throws Exception {
    String first =
        mvc.perform(get("/test/request-id")).andReturn().getResponse().getHeader("x-request-id");
    String second =
        mvc.perform(get("/test/request-id")).andReturn().getResponse().getHeader("x-request-id");

    assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
  }

  @Test
  void theIdIsUnboundWhenTheRequestEnds() throws Exception {
    // MockMvc runs the request on this thread, so a leak would be visible here.
    mvc.perform(get("/test/request-id").header("x-request-id", "leak-check"));

    assertThat(RequestId.current()).isEmpty();
    assertThat(MDC.get(RequestId.MDC_KEY)).isNull();
  }

  @Test
  void errorsWrittenByOtherFiltersCarryTheIdToo() throws Exception {
    byte[] tooLarge = new byte[(int) WebConfig.MAX_BODY_BYTES + 1];
    mvc.perform(
            post("/test/bytes")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(tooLarge)
                .header("x-request-id", "big-upload"))
        .andExpect(header().string("x-request-id", "big-upload"));
  }
}
