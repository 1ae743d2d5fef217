package com.reten.commandside.dispatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.dispatch.DispatchErrorCode;
import com.reten.commandside.dispatchconfig.ProviderAddresses;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one request to a provider: MOCK in-process (it accepts at once with a random id), any other
 * provider as {@code POST {baseUrl}/activities} over Spring's RestClient with connect and response
 * timeouts. Never throws for a provider's failure: it becomes a {@link ProviderReply}, whose
 * message names what happened but never echoes headers or the response body.
 */
@Component
class ProviderClient {

  static final String MOCK = "MOCK";
  private static final int MAX_REPLY_BYTES = 64 * 1024;
  private static final int MAX_PROVIDER_ID = 255;

  private final RestClient rest;
  private final Duration timeout;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final ProviderAddresses addresses;

  ProviderClient(DispatchProperties properties, Clock clock, ProviderAddresses addresses) {
    this.clock = clock;
    this.addresses = addresses;
    this.timeout = properties.httpTimeout();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(timeout);
    this.rest = RestClient.builder().requestFactory(factory).build();
  }

  ProviderReply send(ProviderRequest request) {
    if (MOCK.equals(request.providerCode())) {
      return ProviderReply.accepted("mock-" + UUID.randomUUID());
    }
    // Again at each request: the name may resolve elsewhere now than when the config was saved.
    Optional<String> refusal = addresses.refusal(request.baseUrl());
    if (refusal.isPresent()) {
      return ProviderReply.failed(DispatchErrorCode.PROVIDER_UNREACHABLE, refusal.get());
    }
    try {
      return rest.post()
          .uri(request.baseUrl() + "/activities")
          .contentType(MediaType.APPLICATION_JSON)
          .headers(h -> headers(request).forEach(h::set))
          .body(request.body())
          .exchange(
              (sent, response) -> {
                int status = response.getStatusCode().value();
                if (!response.getStatusCode().is2xxSuccessful()) {
                  return ProviderReply.failed(
                      DispatchErrorCode.PROVIDER_HTTP_ERROR, "Provider answered HTTP " + status);
                }
                return ProviderReply.accepted(
                    providerId(response.getBody().readNBytes(MAX_REPLY_BYTES)));
              });
    } catch (ResourceAccessException e) {
      return unreachable(e);
    }
  }

  /**
   * §5.4's headers: {@code Idempotency-Key}, the signature when the config has a secret, and the
   * provider's own ({@code x-api-key} from an {@code apiKey} credential, as YOM wants).
   */
  private Map<String, String> headers(ProviderRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Idempotency-Key", request.activityId());
    headers.put("User-Agent", "Reten-Dispatcher/1");
    String apiKey = request.credentials().get("apiKey");
    if (apiKey != null) {
      headers.put("x-api-key", apiKey);
    }
    request
        .signingSecret()
        .ifPresent(
            secret ->
                headers.put(
                    RequestSignature.HEADER,
                    RequestSignature.of(secret, clock.instant().getEpochSecond(), request.body())));
    return headers;
  }

  /** {@code id} or {@code providerActivityId} of a JSON object reply, if any. */
  private String providerId(byte[] reply) {
    try {
      JsonNode node = json.readTree(reply);
      for (String field : new String[] {"providerActivityId", "id"}) {
        JsonNode id = node == null ? null : node.get(field);
        if (id != null && (id.isTextual() || id.isNumber())) {
          String text = id.asText();
          return text.isBlank() || text.length() > MAX_PROVIDER_ID ? null : text;
        }
      }
    } catch (IOException e) {
      // Not JSON: accepted without an id.
    }
    return null;
  }

  private ProviderReply unreachable(ResourceAccessException e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable root = e;
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof HttpTimeoutException || t instanceof InterruptedIOException) {
        return ProviderReply.failed(
            DispatchErrorCode.PROVIDER_TIMEOUT,
            "Provider did not answer within " + timeout.toMillis() + " ms");
      }
      root = t;
    }
    return ProviderReply.failed(
        DispatchErrorCode.PROVIDER_UNREACHABLE,
        "Provider could not be reached (" + root.getClass().getSimpleName() + ")");
  }
}
