package com.reten.gateway.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's whole body before any handler runs, with the servlet container's non-blocking
 * IO, so a client sending it slowly holds a socket but no worker thread, and within a deadline
 * ({@code reten.http.body-read-timeout}): past it, 408 and the connection is closed. Measured
 * before: 250 clients sending a sign-in body at 1 byte/s held all 200 worker threads, and {@code
 * GET /api/health} took 43-66 s. The body then goes down the chain from memory (an async dispatch,
 * on which every filter of this package runs again); it is at most the body limit, which the limit
 * filter before this one enforces while it arrives. A client that breaks off is one WARN line, not
 * a stack trace.
 */
final class BodyPrefetchFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(BodyPrefetchFilter.class);
  private static final String BODY = BodyPrefetchFilter.class.getName() + ".body";
  private static final int CHUNK = 8192;

  private final Duration deadline;
  private final ApiErrorWriter errorWriter;

  BodyPrefetchFilter(Duration deadline, ApiErrorWriter errorWriter) {
    this.deadline = deadline;
    this.errorWriter = errorWriter;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(BODY) instanceof byte[] body) {
      chain.doFilter(new BufferedBodyRequest(request, body), response);
      return;
    }
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || !request.isAsyncSupported()
        || !hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(deadline.toMillis());
    BodyReader reader = new BodyReader(request, response, async);
    async.addListener(reader);
    reader.stream.setReadListener(reader);
  }

  // The async dispatch that hands the body on must pass here again.
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0
        || (request.getContentLengthLong() < 0
            && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null);
  }

  /** Collects the body as it arrives; exactly one of dispatch, 408, 413 or abort ends it. */
  private final class BodyReader implements ReadListener, AsyncListener {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final AsyncContext async;
    private final ServletInputStream stream;
    private final ByteArrayOutputStream body;
    private final byte[] chunk = new byte[CHUNK];
    private final AtomicBoolean ended = new AtomicBoolean();

    BodyReader(HttpServletRequest request, HttpServletResponse response, AsyncContext async)
        throws IOException {
      this.request = request;
      this.response = response;
      this.async = async;
      this.stream = request.getInputStream();
      long length = request.getContentLengthLong();
      this.body = new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, CHUNK) : CHUNK);
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (stream.isReady() && !stream.isFinished()) {
        int n = stream.read(chunk);
        if (n < 0) {
          return;
        }
        body.write(chunk, 0, n);
      }
    }

    @Override
    public void onAllDataRead() {
      if (ended.compareAndSet(false, true)) {
        request.setAttribute(BODY, body.toByteArray());
        async.dispatch();
      }
    }

    @Override
    public void onError(Throwable failure) {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      if (failure instanceof BodyTooLargeException tooLarge) {
        answer(ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
        return;
      }
      warn("Request body broke off", failure.toString());
      async.complete();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      warn("Request body incomplete at the deadline, 408", deadline);
      response.setHeader(HttpHeaders.CONNECTION, "close");
      answer(
          ApiError.of(
              HttpStatus.REQUEST_TIMEOUT,
              "Request body not received within " + deadline.toSeconds() + " s"));
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}

    private void answer(ApiError error) {
      try {
        errorWriter.write(response, error);
      } catch (IOException | IllegalStateException lost) {
        log.debug("Could not answer {}", error.statusCode(), lost);
      }
      async.complete();
    }

    // Container threads run these callbacks: the request's id is bound for the line.
    private void warn(String what, Object detail) {
      Object id = request.getAttribute(RequestId.ATTRIBUTE);
      try (RequestId.Scope ignored = RequestId.open(id == null ? null : id.toString())) {
        log.warn(
            "{} after {} bytes ({}) on {} {}",
            what,
            body.size(),
            detail,
            request.getMethod(),
            RequestProblems.path(request));
      }
    }
  }
}
