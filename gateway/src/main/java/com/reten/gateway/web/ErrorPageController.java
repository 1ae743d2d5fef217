package com.reten.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's BasicErrorController: failures outside Spring MVC (servlet filters, Tomcat,
 * security's sendError) are forwarded here and answered with the same classification as the advice.
 */
@Hidden // the servlet container's error page, not an operation of the API
@RestController
class ErrorPageController implements ErrorController {

  private final ErrorClassifier classifier;

  ErrorPageController(ErrorClassifier classifier) {
    this.classifier = classifier;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ApiError> error(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      return classifier.respond(failure, request);
    }
    // Without an error dispatch there is no status; a client asked for /error itself.
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
        ? classifier.respond(status, request)
        : classifier.respond(HttpStatus.NOT_FOUND.value(), request);
  }
}
