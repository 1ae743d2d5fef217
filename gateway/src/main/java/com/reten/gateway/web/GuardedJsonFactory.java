package com.reten.gateway.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The web layer's JSON factory: every parser it makes is a {@link GuardedJsonParser}. The public
 * {@code createParser} overloads all end in these protected ones, so wrapping here covers each.
 * Generators are untouched: only what clients send is checked.
 */
final class GuardedJsonFactory extends JsonFactory {

  GuardedJsonFactory() {}

  private GuardedJsonFactory(GuardedJsonFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  // ObjectMapper.copy() copies its factory; JsonFactory refuses to copy a subclass that lacks this.
  @Override
  public JsonFactory copy() {
    return new GuardedJsonFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
    return new GuardedJsonParser(super._createParser(in, context));
  }

  @Override
  protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
    return new GuardedJsonParser(super._createParser(reader, context));
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    return new GuardedJsonParser(super._createParser(data, offset, length, context, recyclable));
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context)
      throws IOException {
    return new GuardedJsonParser(super._createParser(data, offset, length, context));
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
    return new GuardedJsonParser(super._createParser(input, context));
  }

  @Override
  public JsonParser createNonBlockingByteArrayParser() throws IOException {
    return new GuardedJsonParser(super.createNonBlockingByteArrayParser());
  }

  @Override
  public JsonParser createNonBlockingByteBufferParser() throws IOException {
    return new GuardedJsonParser(super.createNonBlockingByteBufferParser());
  }
}
