package com.reten.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * What the web mapper's features cannot say. The coercions {@code ALLOW_COERCION_OF_SCALARS} leaves
 * on (Jackson counts text as no scalar, so a number or a boolean still becomes a string, and an
 * empty string still becomes a null date), and the range of instants a client may send.
 */
final class StrictInput {

  private StrictInput() {}

  static void configure(ObjectMapper mapper) {
    mapper.registerModule(InstantBounds.module());
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.DateTime)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
  }
}
