package com.reten.gateway.config.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Boot's {@code %wEx} with control characters escaped (see logback-spring.xml). */
public class EscapingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return ControlCharacters.escape(super.throwableProxyToString(proxy));
  }
}
