package com.reten.gateway.config.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets one of the two console appenders of logback-spring.xml write: the JSON one when a structured
 * format is set ({@code logging.structured.format.console}), the text one otherwise. Both stay
 * referenced, so logback reports no unused appender at every start.
 */
public final class ConsoleFormatFilter extends Filter<ILoggingEvent> {

  private boolean structured;
  private String format = "";

  /** Whether this appender writes structured (JSON) lines. */
  public void setStructured(boolean structured) {
    this.structured = structured;
  }

  /** The structured format configured, empty for text. */
  public void setFormat(String format) {
    this.format = format == null ? "" : format.strip();
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return structured == !format.isEmpty() ? FilterReply.NEUTRAL : FilterReply.DENY;
  }
}
