package com.reten.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * Writes an {@link ApiError} where Spring MVC's advice cannot reach: servlet filters and security
 * entry points. Inside controllers, throw instead and let the advice answer.
 */
public final class ApiErrorWriter {

  private final ObjectMapper objectMapper;

  public ApiErrorWriter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public void write(HttpServletResponse response, ApiError error) throws IOException {
    if (response.isCommitted()) {
      return; // the client already has a status line; a second body would corrupt the response
    }
    response.resetBuffer();
    response.setStatus(error.statusCode());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), error);
  }
}
