package com.reten.gateway.commerce;

import com.reten.gateway.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the commerce controllers' own 400s: the message names the first field at fault (for a
 * sync, with its item's index, e.g. {@code items[3].users[0].contacts[1].value: must be E.164 like
 * +56912345678}) and {@code details} lists them all. Ahead of the application-wide advice, which
 * handles everything else.
 */
@RestControllerAdvice(basePackageClasses = CommerceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommerceErrors {

  @ExceptionHandler(InvalidFieldsException.class)
  ResponseEntity<ApiError> invalid(InvalidFieldsException e) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(e.toError());
  }
}
