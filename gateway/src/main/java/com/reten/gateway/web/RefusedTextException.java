package com.reten.gateway.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A JSON string or field name holding a character {@link TextGuard} refuses. A parse exception, so
 * Jackson and Spring treat it as unreadable input; Jackson may wrap it with its own path, so the
 * classifier looks for it in the cause chain and answers 400 with {@link #getOriginalMessage()}.
 */
final class RefusedTextException extends JsonParseException {

  RefusedTextException(JsonParser parser, String message) {
    super(parser, message);
  }
}
