package com.reten.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Reten's error body where Tomcat answers by itself, before any servlet or filter runs: a malformed
 * request line or %-encoding, a header or query string over Tomcat's limits. Its stock valve writes
 * an HTML page there. Tomcat makes this valve by its class name, so it takes nothing injected.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

  private static final Logger log = LoggerFactory.getLogger(JsonErrorReportValve.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNPARSEABLE =
      "The request could not be read: a malformed URL or %-encoding, or a request line, header or"
          + " query string over the server's limits";

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // The stock valve's own conditions: an error status, nothing written yet, reported once.
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    ApiError error =
        status == HttpStatus.BAD_REQUEST.value()
            ? ApiError.of(HttpStatus.BAD_REQUEST, UNPARSEABLE)
            : RequestProblems.forStatus(status, request);
    try {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      JSON.writeValue(response.getOutputStream(), error);
      response.finishResponse();
    } catch (IOException | IllegalStateException lost) {
      log.debug(
          "Could not write the error body for status {}", HttpStatusCode.valueOf(status), lost);
    }
  }
}
