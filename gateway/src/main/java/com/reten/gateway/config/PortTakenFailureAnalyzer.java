package com.reten.gateway.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Replaces Boot's generic "port already in use" advice with Reten's own settings: the API and the
 * management (actuator) port are separate, and a second local instance is the usual cause, which
 * needs both moved (registered in META-INF/spring.factories, ahead of Boot's analyzer).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortTakenFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
    return new FailureAnalysis(
        "Port "
            + cause.getPort()
            + " is already in use (another Reten instance, or another program, listens there).",
        "Start on free ports: PORT sets the API's (default 3000), MANAGEMENT_PORT the actuator's"
            + " (default 3001), e.g. PORT=3100 MANAGEMENT_PORT=3101 ./start. A second instance on"
            + " the embedded database also needs its own RETEN_EMBEDDED_DB_DATA_DIRECTORY.",
        cause);
  }
}
