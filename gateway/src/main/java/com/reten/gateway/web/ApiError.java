package com.reten.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The one error body Reten writes (API.md 1.5): {@code error} is the HTTP reason phrase and {@code
 * details} appears only on validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int statusCode, String message, String error, List<Detail> details) {

  public static final String VALIDATION_FAILED = "Validation failed";

  public ApiError {
    details = details == null ? null : List.copyOf(details);
  }

  public static ApiError of(HttpStatusCode status, String message) {
    return new ApiError(status.value(), message, reasonPhrase(status), null);
  }

  public static ApiError validationFailed(List<Detail> details) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    return new ApiError(status.value(), VALIDATION_FAILED, status.getReasonPhrase(), details);
  }

  private static String reasonPhrase(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known == null ? "Error" : known.getReasonPhrase();
  }

  /** One rejected input; {@code field} is spelled as the API documents it (snake_case). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(String field, String message) {}
}
