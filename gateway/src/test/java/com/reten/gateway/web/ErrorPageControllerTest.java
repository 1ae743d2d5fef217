package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The /error dispatch as Tomcat performs it: attributes on the request, the URI rewritten to
 * /error. MockMvc never forwards there, so the controller is called directly; ServletErrorsTest
 * drives the real forward.
 */
class ErrorPageControllerTest {

  private final ErrorPageController controller = new ErrorPageController(new ErrorClassifier());

  @Test
  void aDatabaseFailureThrownByAFilterIs503() {
    var failure =
        new ServletException(new DataAccessResourceFailureException("jdbc:postgresql://db"));

    var answered = controller.error(errorDispatch(500, failure));

    assertThat(answered.getBody())
        .isEqualTo(response(503, "Service temporarily unavailable").getBody());
    assertThat(answered.getStatusCode().value()).isEqualTo(503);
    assertThat(answered.getHeaders().getFirst("Retry-After")).isEqualTo("2");
  }

  @Test
  void aRetenExceptionThrownByAFilterKeepsItsStatusAndMessage() {
    var failure = new RetenException(ErrorCode.RATE_LIMITED, "Too many requests; retry later");

    assertThat(controller.error(errorDispatch(500, failure)))
        .isEqualTo(response(429, "Too many requests; retry later"));
  }

  @Test
  void anUnknownFailureIs500WithoutDetails() {
    var failure = new IllegalStateException("NullPointer in com.reten.Secret");

    assertThat(controller.error(errorDispatch(500, failure)))
        .isEqualTo(response(500, "Internal server error"));
  }

  @Test
  void aBareStatusFromTheContainerOrSecurityUsesItsReasonPhrase() {
    assertThat(controller.error(errorDispatch(401, null))).isEqualTo(response(401, "Unauthorized"));
    assertThat(controller.error(errorDispatch(400, null))).isEqualTo(response(400, "Bad Request"));
  }

  @Test
  void aBare404NamesTheOriginalMethodAndPath() {
    assertThat(controller.error(errorDispatch(404, null)))
        .isEqualTo(response(404, "Cannot POST /api/nowhere"));
  }

  @Test
  void askingForErrorDirectlyIsJustAnUnknownRoute() {
    assertThat(controller.error(new MockHttpServletRequest("GET", "/error")))
        .isEqualTo(response(404, "Cannot GET /error"));
  }

  private static MockHttpServletRequest errorDispatch(int status, Throwable failure) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/nowhere");
    if (failure != null) {
      request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
    }
    return request;
  }

  private static ResponseEntity<ApiError> response(int status, String message) {
    HttpStatus httpStatus = HttpStatus.valueOf(status);
    return ResponseEntity.status(httpStatus)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(status, message, httpStatus.getReasonPhrase(), null));
  }
}
