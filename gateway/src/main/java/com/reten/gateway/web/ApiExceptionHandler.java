package com.reten.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every exception a controller lets escape becomes an {@link ApiError}; one catch-all so no Spring
 * default body (with its class names and paths) can ever reach a client.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private final ErrorClassifier classifier;

  ApiExceptionHandler(ErrorClassifier classifier) {
    this.classifier = classifier;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> handle(Exception ex, HttpServletRequest request) {
    return classifier.respond(ex, request);
  }
}
