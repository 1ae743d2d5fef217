package com.reten.gateway.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Asserts the exact error body of API.md 1.5. The expectation is built from plain maps, not from
 * ApiError, so a change to ApiError's JSON shape fails these tests instead of moving with them.
 */
final class ApiErrorMatchers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrorMatchers() {}

  static ResultMatcher apiError(int status, String error, String message) {
    return body(status, expected(status, error, message));
  }

  /** A 400 "Validation failed" whose details are (field, message) pairs in order. */
  static ResultMatcher validationError(String... fieldThenMessage) {
    Map<String, Object> body = expected(400, "Bad Request", "Validation failed");
    List<Map<String, String>> details = new ArrayList<>();
    for (int i = 0; i < fieldThenMessage.length; i += 2) {
      details.add(Map.of("field", fieldThenMessage[i], "message", fieldThenMessage[i + 1]));
    }
    body.put("details", details);
    return body(400, body);
  }

  static String expectedJson(int status, String error, String message) {
    return write(expected(status, error, message));
  }

  private static ResultMatcher body(int status, Map<String, Object> body) {
    return ResultMatcher.matchAll(
        status().is(status),
        content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON),
        content().json(write(body), JsonCompareMode.STRICT));
  }

  private static Map<String, Object> expected(int status, String error, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", status);
    body.put("message", message);
    body.put("error", error);
    return body;
  }

  private static String write(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
