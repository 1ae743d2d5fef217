package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * With Boot's structured logging switched on (as README "Run it" shows), every line is one JSON
 * object, and a request's lines carry its request id and, once access control resolved it, its
 * tenant.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {
      "logging.structured.format.console=ecs",
      "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG"
    })
class StructuredLogsTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRequestsLinesAreJsonWithItsRequestIdAndTenant(CapturedOutput output) throws Exception {
    TestTenant tenant = TestTenant.create(api, asRoot());
    int from = output.getOut().length();

    var response =
        tenant.admin().withHeader("x-request-id", "structured-logs-1").get("/api/operators");
    assertThat(response.status()).isEqualTo(200);

    List<JsonNode> lines =
        JSON.readerFor(JsonNode.class)
            .<JsonNode>readValues(output.getOut().substring(from))
            .readAll();
    List<JsonNode> ofRequest =
        lines.stream()
            .filter(l -> "structured-logs-1".equals(l.path("requestId").asText()))
            .toList();
    assertThat(ofRequest).as("the request's lines").isNotEmpty();
    assertThat(ofRequest)
        .as("after access control, each names the tenant")
        .anySatisfy(l -> assertThat(l.path("tenantId").asText()).isEqualTo(tenant.id()));
    assertThat(ofRequest).allSatisfy(l -> assertThat(l.path("log").has("level")).isTrue());
  }
}
