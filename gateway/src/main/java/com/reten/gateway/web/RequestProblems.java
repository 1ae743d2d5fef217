package com.reten.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Client-safe answers to problems with the request itself (Spring MVC's exceptions, bare statuses
 * from Tomcat or security). Spring's own messages name Java types and methods, so none is reused.
 */
final class RequestProblems {

  static final String UNSUPPORTED_MEDIA_TYPE = "Content-Type must be application/json";

  private static final String DUPLICATE_FIELD = "Duplicate field '";

  private RequestProblems() {}

  /** Spring MVC's own exceptions: only ever thrown directly, never meaningful when wrapped. */
  static ApiError classify(Throwable ex, HttpServletRequest request) {
    if (ValidationDetails.supports(ex)) {
      return ApiError.validationFailed(ValidationDetails.of(ex));
    }
    if (ex instanceof HttpMessageNotReadableException e) {
      return ApiError.of(HttpStatus.BAD_REQUEST, unreadableBody(e));
    }
    if (ex instanceof MethodArgumentTypeMismatchException e) {
      return badRequest("Invalid value for parameter '" + FieldNames.snake(e.getName()) + "'");
    }
    if (ex instanceof MissingServletRequestParameterException e) {
      return badRequest("Missing required parameter '" + e.getParameterName() + "'");
    }
    if (ex instanceof HttpMediaTypeNotSupportedException) {
      return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE);
    }
    if (ex instanceof HttpRequestMethodNotSupportedException e) {
      String message = "Method " + e.getMethod() + " is not allowed on " + path(request);
      return ApiError.of(HttpStatus.METHOD_NOT_ALLOWED, message);
    }
    if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
      return forStatus(HttpStatus.NOT_FOUND.value(), request);
    }
    if (ex instanceof ErrorResponse framework) {
      return forStatus(framework.getStatusCode().value(), request);
    }
    return null;
  }

  private static String unreadableBody(HttpMessageNotReadableException ex) {
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null
                          ? "." + ref.getFieldName()
                          : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining())
              .replaceFirst("^\\.", "");
      return "Invalid value for field '" + FieldNames.snakePath(field) + "'";
    }
    if (ex.getCause() == null) {
      return "Request body is missing"; // Spring's own message names the Java method
    }
    if (ex.getCause() instanceof StreamReadException read
        && read.getOriginalMessage() != null
        && read.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
      // Jackson's own words, "Duplicate field 'name'": the client's key, no Java in it.
      return read.getOriginalMessage() + " in request body";
    }
    return ex.getCause() instanceof JsonProcessingException
        ? "Malformed JSON request body"
        : "Request body could not be read";
  }

  /** The message for a bare status, as Tomcat or a security filter reports it with no exception. */
  static ApiError forStatus(int status, HttpServletRequest request) {
    return switch (status) {
      case 404 ->
          ApiError.of(HttpStatus.NOT_FOUND, "Cannot " + request.getMethod() + " " + path(request));
      case 500 -> ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error");
      case 503 -> ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable");
      default -> {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus resolved = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        yield ApiError.of(resolved, resolved.getReasonPhrase());
      }
    };
  }

  private static ApiError badRequest(String message) {
    return ApiError.of(HttpStatus.BAD_REQUEST, message);
  }

  /** The path the client asked for, also on the /error dispatch where the URI is /error. */
  static String path(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return original instanceof String uri ? uri : request.getRequestURI();
  }
}
