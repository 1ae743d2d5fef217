package com.reten.gateway.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Checks every string value and field name as it is read, so no DTO, map key or JsonNode can take
 * in text that {@link TextGuard} refuses. Every way of advancing is funnelled through {@link
 * #nextToken()}: the delegate's own {@code nextValue} and {@code skipChildren} would move the
 * wrapped parser past tokens unseen, and the other {@code next…} methods are overridden so a future
 * Jackson that delegates them cannot open such a path either.
 */
final class GuardedJsonParser extends JsonParserDelegate {

  GuardedJsonParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.VALUE_STRING) {
      // Decodes the string now rather than when the deserializer asks: the same work, done once.
      int refused = TextGuard.find(getTextCharacters(), getTextOffset(), getTextLength());
      if (refused >= 0) {
        throw refusal(getTextCharacters()[getTextOffset() + refused]);
      }
    } else if (token == JsonToken.FIELD_NAME) {
      String name = currentName();
      int refused = TextGuard.find(name);
      if (refused >= 0) {
        throw refusal(name.charAt(refused));
      }
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  /** Reads the skipped values too: an ignored field with a NUL is still a request to refuse. */
  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken start = currentToken();
    if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken token = nextToken();
      if (token == null) {
        break; // truncated input: the wrapped parser reports it on the caller's next read
      }
      if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  private RefusedTextException refusal(char refused) {
    String path = path(getParsingContext());
    String subject = path.isEmpty() ? "Request body" : "Field '" + TextGuard.printable(path) + "'";
    return new RefusedTextException(this, TextGuard.refusal(subject, refused));
  }

  /** The path as the client wrote it: {@code items[2].name}, {@code metadata.zone}. */
  private static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + context.getCurrentIndex() + "]";
    }
    String name = context.getCurrentName();
    if (name == null) {
      return parent;
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
