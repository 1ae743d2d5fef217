package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationContextException;

class PortTakenFailureAnalyzerTest {

  @Test
  void aTakenPortNamesBothPortSettings() {
    FailureAnalysis analysis =
        new PortTakenFailureAnalyzer()
            .analyze(new ApplicationContextException("start", new PortInUseException(3001)));

    assertThat(analysis.getDescription()).contains("Port 3001 is already in use");
    assertThat(analysis.getAction()).contains("PORT", "MANAGEMENT_PORT", "./start");
  }
}
