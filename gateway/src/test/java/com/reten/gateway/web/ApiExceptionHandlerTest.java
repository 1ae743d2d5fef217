package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.apiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.ErrorKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionHandlerTest {

  /** API.md's table, written out independently of the production switch. */
  static final Map<ErrorKind, Status> STATUS_BY_KIND =
      Map.of(
          ErrorKind.BAD_REQUEST, new Status(400, "Bad Request"),
          ErrorKind.UNAUTHORIZED, new Status(401, "Unauthorized"),
          ErrorKind.FORBIDDEN, new Status(403, "Forbidden"),
          ErrorKind.NOT_FOUND, new Status(404, "Not Found"),
          ErrorKind.CONFLICT, new Status(409, "Conflict"),
          ErrorKind.PAYLOAD_TOO_LARGE, new Status(413, "Payload Too Large"),
          ErrorKind.UNSUPPORTED_MEDIA_TYPE, new Status(415, "Unsupported Media Type"),
          ErrorKind.TOO_MANY_REQUESTS, new Status(429, "Too Many Requests"),
          ErrorKind.BAD_GATEWAY, new Status(502, "Bad Gateway"),
          ErrorKind.UNAVAILABLE, new Status(503, "Service Unavailable"));

  record Status(int code, String reason) {}

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void retenExceptionTakesTheStatusOfItsKindAndKeepsItsMessage(ErrorCode code) throws Exception {
    Status expected = STATUS_BY_KIND.get(code.kind());
    mvc.perform(get("/test/fail/reten/{code}", code))
        .andExpect(apiError(expected.code(), expected.reason(), "Refused: " + code));
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void everyKindHasTheDocumentedStatus(ErrorKind kind) {
    assertThat(ErrorClassifier.status(kind).value()).isEqualTo(STATUS_BY_KIND.get(kind).code());
  }

  @ParameterizedTest
  @CsvSource({
    "command-details,     409, Conflict,            Refused: EMAIL_TAKEN",
    "query-details,       404, Not Found,           Refused: NOT_FOUND",
    "aggregate-not-found, 404, Not Found,           Resource not found",
    "version-conflict,    409, Conflict,            Resource was modified concurrently; retry",
    "concurrency,         409, Conflict,            Resource was modified concurrently; retry",
    "db-pool,             503, Service Unavailable, Service temporarily unavailable",
    "db-in-command,       503, Service Unavailable, Service temporarily unavailable",
    "db-refused,          503, Service Unavailable, Service temporarily unavailable",
    "bug,                 500, Internal Server Error, Internal server error"
  })
  void axonAndInfrastructureFailuresMapWithoutLeakingTheirText(
      String failure, int status, String error, String message) throws Exception {
    // The strict body match also proves SECRET (SQL, class names, frames) is not in the body.
    mvc.perform(get("/test/fail/{name}", failure)).andExpect(apiError(status, error, message));
  }

  @Test
  void anUnexpectedFailureIsLoggedWithItsStackTraceOnlyOnTheServer(CapturedOutput output)
      throws Exception {
    mvc.perform(get("/test/fail/bug"))
        .andExpect(apiError(500, "Internal Server Error", "Internal server error"));

    assertThat(output.getOut())
        .contains("ERROR", "Unhandled error on GET /test/fail/bug")
        .contains("java.lang.IllegalStateException: " + WebTestController.SECRET)
        .contains("at com.reten.gateway.web.WebTestController");
  }

  @Test
  void unknownRouteIsA404InTheApiErrorShape() throws Exception {
    mvc.perform(get("/api/xyz")).andExpect(apiError(404, "Not Found", "Cannot GET /api/xyz"));
  }

  @Test
  void wrongMethodIs405AndSaysWhichMethodsAreAllowed() throws Exception {
    mvc.perform(delete("/test/signups"))
        .andExpect(
            apiError(405, "Method Not Allowed", "Method DELETE is not allowed on /test/signups"))
        .andExpect(header().string("Allow", "POST"));
  }

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    mvc.perform(post("/test/signups").contentType(MediaType.TEXT_PLAIN).content("hello"))
        .andExpect(
            apiError(415, "Unsupported Media Type", "Content-Type must be application/json"));
  }

  @Test
  void errorsAreJsonEvenWhenTheClientAcceptsOnlyHtml() throws Exception {
    mvc.perform(get("/test/fail/reten/NOT_FOUND").accept(MediaType.TEXT_HTML))
        .andExpect(apiError(404, "Not Found", "Refused: NOT_FOUND"));
  }
}
