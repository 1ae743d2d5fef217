package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.apiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The declared-length case through MockMvc; the chunked case on the stream (and in
 * ServletErrorsTest).
 */
@WebSliceTest
class RequestBodyLimitTest {

  private static final int ONE_MIB = 1_048_576;

  @Autowired MockMvc mvc;

  @Test
  void aBodyOfExactlyOneMebibyteIsRead() throws Exception {
    postBytes(ONE_MIB).andExpect(status().isOk()).andExpect(content().string("1048576"));
  }

  @Test
  void aDeclaredLengthOverOneMebibyteIs413() throws Exception {
    postBytes(ONE_MIB + 1)
        .andExpect(
            apiError(413, "Payload Too Large", "Request body exceeds the limit of 1048576 bytes"));
  }

  @Test
  void aBodyWithoutLengthFailsOnlyOnceItCrossesTheLimit() throws Exception {
    assertThat(readThroughFilter(10, "0123456789")).isEqualTo("0123456789");
    assertThatThrownBy(() -> readThroughFilter(10, "0123456789A"))
        .isInstanceOf(BodyTooLargeException.class)
        .hasMessage("Request body exceeds the limit of 10 bytes");
  }

  @Test
  void theReaderIsLimitedToo() {
    assertThatThrownBy(() -> readThroughFilter(4, "12345", true))
        .isInstanceOf(BodyTooLargeException.class);
  }

  private ResultActions postBytes(int size) throws Exception {
    return mvc.perform(
        post("/test/bytes")
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .content(new byte[size]));
  }

  private static String readThroughFilter(long limit, String body) throws Exception {
    return readThroughFilter(limit, body, false);
  }

  /** Runs the filter on a request that, like a chunked one, declares no Content-Length. */
  private static String readThroughFilter(long limit, String body, boolean viaReader)
      throws Exception {
    MockHttpServletRequest chunked =
        new MockHttpServletRequest("POST", "/x") {
          @Override
          public long getContentLengthLong() {
            return -1;
          }
        };
    chunked.setContent(body.getBytes());
    AtomicReference<String> read = new AtomicReference<>();
    HttpServlet reader =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest req, HttpServletResponse res)
              throws IOException {
            read.set(
                viaReader
                    ? req.getReader().readLine()
                    : new String(req.getInputStream().readAllBytes()));
          }
        };
    new RequestBodyLimitFilter(limit, mock(ApiErrorWriter.class))
        .doFilter(chunked, new MockHttpServletResponse(), new MockFilterChain(reader));
    return read.get();
  }
}
