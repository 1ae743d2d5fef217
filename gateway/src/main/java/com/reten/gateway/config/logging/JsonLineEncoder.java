package com.reten.gateway.config.logging;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Boot's structured-log encoder for the JSON console appender, which logback-spring.xml always
 * defines: while text logging is selected (no format set, or an empty one) it must still start, so
 * it then takes {@code ecs}; {@link ConsoleFormatFilter} keeps it silent meanwhile.
 */
public class JsonLineEncoder extends StructuredLogEncoder {

  @Override
  public void setFormat(String format) {
    super.setFormat(format == null || format.isBlank() ? "ecs" : format.strip());
  }
}
